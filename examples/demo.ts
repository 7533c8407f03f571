// `npm run demo`: the kit end to end, through the BUILT package exactly as a user imports it.
// For each of Spike's dialects: a realistic signed delivery, verified (and a tampered one refused), then Spike's
// whole retry schedule against a handler on a virtual clock, and the idempotency bug a lost acknowledgement exposes.
import {
  buildDelivery,
  dedupKeys,
  formatMs,
  generate,
  kindsOf,
  maxAttempts,
  profileIds,
  profiles,
  simulate,
  verifyDelivery,
} from 'spike-webhook-kit';

const secret = 'demo-secret';
const seed = 42;
const refDate = '2026-01-15T10:30:00Z';
const line = (text = '') => process.stdout.write(`${text}\n`);
const clip = (text: string, max = 96) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
let failures = 0;
const check = (ok: boolean, what: string) => {
  if (!ok) failures++;
  line(`    ${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

line(`spike-webhook-kit demo: seed ${seed}, reference date ${refDate}`);

for (const id of profileIds) {
  const profile = profiles[id];
  const [kind] = kindsOf(id);
  line(`\n== ${id} (${profile.title}${profile.status === 'experimental' ? ', experimental' : ''})`);

  // 1. A realistic event and the exact request Spike sends for it.
  const event = generate(id, { kind, seed, refDate } as never);
  const delivery = buildDelivery(id, event, { secret, timestamp: refDate }); // sent at refDate
  line(`  POST ${kind} event, ${Buffer.byteLength(delivery.body)} bytes`);
  for (const [name, value] of Object.entries(delivery.headers)) line(`    ${name}: ${value}`);
  line(`    ${clip(delivery.body)}`);

  // 2. Verification over the exact bytes; a re-serialised or tampered body must fail for body-signing dialects.
  const verified = verifyDelivery(id, delivery, { secret, now: refDate }); // received as it is sent
  check(verified.ok, `verifies with the ${profile.signature.key} (signs ${profile.signature.signs})`);
  const tampered = verifyDelivery(id, { ...delivery, body: ` ${delivery.body}` }, { secret, now: refDate });
  const bodySigned = profile.signature.signs.includes('{body}');
  check(
    tampered.ok !== bodySigned,
    bodySigned
      ? `a body with one byte changed is refused (${tampered.ok ? 'accepted!' : tampered.reason})`
      : 'a body with one byte changed still verifies: only the event_id is signed, so never trust the body alone',
  );

  // 3. Spike's schedule on a virtual clock: a handler that is down for good sees every attempt.
  const down = async () => new Response('maintenance', { status: 503 });
  const failed = await simulate({ profile: id, target: { fetch: down }, event, secret, seed });
  const timeline = failed.events[0];
  const offsets = timeline?.attempts.map((attempt) => formatMs(attempt.atMs)).join(', ');
  line(`  a handler answering 503: ${timeline?.attempts.length} attempts at ${offsets}`);
  check(
    timeline?.outcome === profile.retry.afterLastFailure && timeline.attempts.length === maxAttempts(id),
    `then ${timeline?.outcome}, as the profile says (${profile.retry.afterLastFailure})`,
  );

  // 4. A lost acknowledgement: the handler answered, Spike saw a failure and retried.
  const processed = new Map<string, number>();
  const naive = async (request: Request) => {
    const [key] = dedupKeys(id, await request.text());
    processed.set(key as string, (processed.get(key as string) ?? 0) + 1);
    return new Response(null, { status: 200 });
  };
  const lost = await simulate({ profile: id, target: { fetch: naive }, event, secret, faults: ['lost-ack'] });
  const times = Math.max(...processed.values());
  line(
    `  lost acknowledgement: ${lost.events[0]?.outcome} after ${lost.events[0]?.attempts.length} attempts`,
  );
  check(
    times === 2,
    `a handler without dedup processed the event ${times} times (dedup on ${profile.dedup.kind})`,
  );
}

// The human form of a timeline: Spike Forms, a 500 then a timeout, then success.
const event = generate('spike-forms', { kind: 'contact', seed, refDate });
const ok = async () => new Response(null, { status: 200 });
const result = await simulate({
  profile: 'spike-forms',
  target: { fetch: ok },
  event,
  secret,
  seed,
  faults: [500, 'timeout'],
});
line(`\n${result.toString()}`);

line(
  failures === 0 ? '\nDemo finished: every check passed.' : `\nDemo finished: ${failures} check(s) FAILED.`,
);
process.exitCode = failures === 0 ? 0 : 1;

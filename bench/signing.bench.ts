import { createHmac, timingSafeEqual } from 'node:crypto';
import { profiles } from '../src/profiles/index.ts';
import { sign, verify } from '../src/signing/index.ts';
import { type SigningVector, signingVectors } from '../test/support/vectors.ts';
import { type BenchComparison, compare, printComparisons } from './harness.ts';

/**
 * What a bare, hand-written receiver computes the HMAC over, from the same inputs the kit gets (the raw body and
 * the timestamp header), per signed-message template: the body itself, `${timestamp}.${body}`, or the v2
 * `event_id` read with `JSON.parse`.
 */
const bareMessage: Readonly<Record<string, (v: SigningVector) => string>> = {
  '{body}': (v) => v.body,
  '{timestamp}.{body}': (v) => `${v.timestamp}.${v.body}`,
  '{field:event_id}': (v) => (JSON.parse(v.body) as { event_id: string }).event_id,
};

/**
 * sign/verify per profile beside a bare node:crypto HMAC over the same inputs, and (for v2, whose signed bytes are
 * the event_id) `sign` with the event at hand, as `buildDelivery` calls it, beside a bare HMAC of the event_id.
 */
export async function run(): Promise<boolean> {
  const rows: BenchComparison[] = [];
  for (const id of Object.keys(profiles) as (keyof typeof profiles)[]) {
    const v = signingVectors.find((vector) => vector.profile === id)!;
    const profile = profiles[id];
    const message = bareMessage[profile.signature.signs];
    if (message === undefined) throw new Error(`no bare baseline for ${profile.signature.signs}`);
    const timestamp = v.timestamp ?? undefined;
    const header = sign(id, v.secret, v.body, { timestamp });
    const expected = Buffer.from(v.hmacHex, 'hex');
    // Timestamped profiles check freshness by default: verify at the signing instant, so the whole path runs.
    const options = {
      secret: v.secret,
      ...(timestamp === undefined ? {} : { now: Number(timestamp) * 1000 }),
    };
    rows.push(
      compare(
        { name: `sign ${id}`, fn: () => sign(profile, v.secret, v.body, { timestamp }) },
        { name: 'bare HMAC', fn: () => createHmac('sha256', v.secret).update(message(v)).digest('hex') },
        { maxRatio: 1.1 },
      ),
      compare(
        {
          name: `verify ${id}`,
          fn: () => verify(profile, { body: v.body, signature: header, timestamp }, options),
        },
        {
          name: 'bare HMAC + timingSafeEqual',
          fn: () => timingSafeEqual(createHmac('sha256', v.secret).update(message(v)).digest(), expected),
        },
        { maxRatio: 1.1 },
      ),
    );
  }
  const v2 = signingVectors.find((vector) => vector.profile === 'spike-health-v2')!;
  const parsed = JSON.parse(v2.body) as { event_id: string };
  rows.push(
    compare(
      {
        name: 'sign spike-health-v2, event at hand',
        fn: () => sign('spike-health-v2', v2.secret, v2.body, { parsed }),
      },
      {
        name: 'bare HMAC (event_id)',
        fn: () => createHmac('sha256', v2.secret).update(parsed.event_id).digest('hex'),
      },
      { maxRatio: 1.1 },
    ),
  );
  return printComparisons('Signing: sign/verify vs a bare node:crypto HMAC over the same inputs', rows);
}

// Receivers for the scorecard's tests: a correct one per profile, and the same receiver with exactly one known flaw.
// Each is a fetch handler written the way teams write them, plus the probe that counts its side effects.
import { createHmac } from 'node:crypto';
import {
  dedupKeys,
  generate,
  getProfile,
  isSpikeKitError,
  kindsOf,
  type ProfileRef,
} from '../../src/index.ts';
import { receive } from '../../src/receive/index.ts';

export type Flaw =
  | 'reserialises' // verifies over JSON.stringify(JSON.parse(body))
  | 'no-verification' // never checks the signature
  | 'accepts-missing-signature' // verifies only when the header is there
  | 'signs-body' // v2: verifies HMAC(body) instead of HMAC(event_id)
  | 'throws-on-unknown-kind' // 500 on a kind it does not handle
  | 'strict-schema' // 400 on fields it does not know
  | 'answers-201' // 201 Created (v3 counts only 200)
  | 'answers-302' // a redirect
  | 'slow' // answers after the profile's timeout
  | 'not-idempotent' // no dedup: every delivery runs the side effect
  | 'dedup-not-atomic' // checks, awaits, then marks: a concurrent duplicate slips through
  | 'no-replay-check'; // ignores the timestamp's age

export interface TestReceiver {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly probe: (key: string) => number;
  readonly processed: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function testReceiver(profile: ProfileRef, secret: string, flaws: readonly Flaw[] = []): TestReceiver {
  const p = getProfile(profile);
  const has = (flaw: Flaw) => flaws.includes(flaw);
  const processed: string[] = [];
  const known = knownKeys(profile);
  const fetch = async (request: Request): Promise<Response> => {
    const body = await request.text();
    const headers = request.headers;
    if (has('slow')) await sleep(p.timeoutMs * 3);
    let keys: string[];
    let kinds: string[];
    try {
      const signature = headers.get(p.signature.header);
      const skipCheck = has('no-verification') || (has('accepts-missing-signature') && signature === null);
      if (has('signs-body')) {
        const expected = createHmac('sha256', secret).update(body).digest('hex');
        if (signature !== expected) return new Response('bad signature', { status: 401 });
      }
      if (skipCheck || has('signs-body')) {
        JSON.parse(body);
        keys = dedupKeys(profile, body);
        kinds = [];
      } else {
        const received = receive(
          profile,
          { headers, body: has('reserialises') ? JSON.stringify(JSON.parse(body)) : body },
          { secret, ...(has('no-replay-check') ? { toleranceSeconds: false } : {}) },
        );
        keys = [received.dedupKey];
        kinds = received.events.map((event) => event.kind);
      }
    } catch (error) {
      if (error instanceof SyntaxError) return new Response('not JSON', { status: 400 });
      if (!isSpikeKitError(error)) throw error;
      return new Response(error.code, { status: error.code === 'SIGNATURE_INVALID' ? 401 : 400 });
    }
    if (has('throws-on-unknown-kind') && kinds.includes('unknown')) throw new Error('unhandled event kind');
    if (has('strict-schema') && unknownKeys(JSON.parse(body), known).length > 0)
      return new Response('unknown field', { status: 400 });
    const key = keys[0] as string;
    if (has('dedup-not-atomic')) {
      if (!processed.includes(key)) {
        await sleep(5); // "look up the database", then insert
        processed.push(key);
      }
    } else if (has('not-idempotent') || !processed.includes(key)) processed.push(key);
    if (has('answers-302')) return new Response(null, { status: 302, headers: { location: '/elsewhere' } });
    return new Response(null, { status: has('answers-201') ? 201 : 200 });
  };
  return { fetch, processed, probe: (key) => processed.filter((k) => k === key).length };
}

/** The field names a strict handler knows: those of every kind's generated events. */
function knownKeys(profile: ProfileRef): Set<string> {
  const out = new Set<string>();
  for (const kind of kindsOf(profile))
    for (const key of keysOf(generate(profile, { kind, seed: 1 } as never))) out.add(key);
  return out;
}

function keysOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => (item !== null && typeof item === 'object' ? Object.keys(item) : []));
}

function unknownKeys(value: unknown, known: Set<string>): string[] {
  return keysOf(value).filter((key) => !known.has(key));
}

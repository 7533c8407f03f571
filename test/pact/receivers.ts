// Express webhook receivers for the provider-verification tests and the benchmark: one correct (verifies the raw
// bytes, answers the profile's success status) and the classic mistakes. Each binds 127.0.0.1 on a free port.
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { kindsOf } from '../../generators/index.ts';
import type { PayloadFamilyId, Profile } from '../../src/profiles/index.ts';
import { dedupKeys, getProfile, type ProfileRef } from '../../src/profiles/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';

/** How a test receiver behaves. */
export type ReceiverFlaw =
  | 'none'
  /** Parses JSON first and verifies JSON.stringify(req.body): fails on bytes that re-serialise differently. */
  | 're-serialises'
  /** Never checks the signature. */
  | 'ignores-signature'
  /** Verifies the raw body whatever the profile signs (wrong for v2, which signs the event_id only). */
  | 'signs-body'
  /** Correct, but answers 204. */
  | 'answers-204'
  /** Rejects every delivery, genuine or not, with a 401. */
  | 'rejects-all'
  /** Stores every number with BigInt(n): crashes (500) on a decimal such as `0.92`. */
  | 'crashes-on-decimals'
  /** Writes text to an ASCII-only store: crashes (500) on any non-ASCII character once the body is parsed. */
  | 'crashes-on-non-ascii'
  /** Stores each field of a v2 `data` item as a scalar column: crashes (500) on a nested array or object. */
  | 'scalar-item-columns'
  /** Validates the body against the documented schema and answers 422 to anything else, e.g. an unknown kind. */
  | 'rejects-unknown-kind'
  /** Answers 409 to a delivery whose dedup key it has seen (instead of a 2xx: Spike would retry it). */
  | 'rejects-duplicates';

/** A running receiver whose accepted secrets can change (rotation). */
export interface TestReceiver {
  readonly baseUrl: string;
  readonly path: string;
  /** Secrets accepted right now (the first is current). */
  secrets: string[];
  /** Bodies that passed verification, parsed. */
  readonly received: unknown[];
  /** The secret `POST /_state` switches to under 'the webhook secret was rotated'. */
  rotateTo?: string;
  close(): Promise<void>;
}

/** Starts an Express receiver for `profile` at `/hooks/spike`. */
export async function startReceiver(
  profileRef: ProfileRef,
  secret: string,
  flaw: ReceiverFlaw = 'none',
): Promise<TestReceiver> {
  const profile = getProfile(profileRef);
  const app = express();
  const path = '/hooks/spike';
  const receiver: TestReceiver = {
    baseUrl: '',
    path,
    secrets: [secret],
    received: [],
    close: async () => undefined,
  };
  const success = profile.success[0]?.from ?? 200;
  const handle = (req: Request, res: Response, raw: string) => {
    let ok: boolean;
    if (flaw === 'ignores-signature') ok = true;
    else if (flaw === 'rejects-all') ok = false;
    else if (flaw === 'signs-body') {
      const value = String(req.headers[profile.signature.header.toLowerCase()] ?? '');
      ok = receiver.secrets.some(
        (s) => value === profile.signature.prefix + createHmac('sha256', s).update(raw).digest('hex'),
      );
    } else {
      ok = verifyDelivery(profile, { headers: req.headers, body: raw }, { secret: receiver.secrets }).ok;
    }
    if (!ok) {
      res.status(401).send('invalid signature');
      return;
    }
    const body: unknown = JSON.parse(raw);
    const problem = processingProblem(flaw, body, raw);
    if (problem !== undefined) {
      res.status(problem.status).send(problem.message);
      return;
    }
    receiver.received.push(body);
    res.status(flaw === 'answers-204' ? 204 : success).send();
  };
  const seen = new Set<string>();
  /** What a flawed handler does with a verified body: `undefined` when it processes it. */
  const processingProblem = (
    which: ReceiverFlaw,
    body: unknown,
    raw: string,
  ): { status: number; message: string } | undefined => {
    try {
      if (which === 'crashes-on-decimals') visit(body, (v) => typeof v === 'number' && BigInt(v));
      if (which === 'crashes-on-non-ascii')
        visit(body, (v) => {
          if (typeof v === 'string' && /[^ -~\t\n\r]/.test(v)) throw new Error('non-ASCII text');
        });
      if (which === 'scalar-item-columns') {
        const items = (body as { data?: unknown }).data;
        for (const item of Array.isArray(items) ? items : [])
          for (const value of Object.values(item as object))
            if (typeof value === 'object' && value !== null) throw new TypeError('not a scalar column');
      }
    } catch (error) {
      return { status: 500, message: (error as Error).message };
    }
    if (which === 'rejects-unknown-kind') {
      const { kinds, documented } = eventKinds[profile.payload];
      const unknown = kinds(body).filter((k) => !documented(profile).includes(k));
      if (unknown.length > 0) return { status: 422, message: `unknown event kind ${unknown.join(', ')}` };
    }
    if (which === 'rejects-duplicates') {
      const keys = dedupKeys(profile, raw);
      if (keys.some((k) => seen.has(k))) return { status: 409, message: 'duplicate' };
      for (const k of keys) seen.add(k);
    }
    return undefined;
  };
  // A provider-state endpoint, for the standalone `pact verifier` path (the signing proxy forwards states here).
  app.post('/_state', express.json(), (req, res) => {
    const { state, action } = req.body as { state?: string; action?: string };
    if (state === 'the webhook secret was rotated' && receiver.rotateTo !== undefined) {
      const rotated = receiver.rotateTo;
      receiver.secrets =
        action === 'teardown'
          ? receiver.secrets.filter((s) => s !== rotated)
          : [rotated, ...receiver.secrets];
    }
    res.json({});
  });
  if (flaw === 're-serialises') {
    app.post(path, express.json({ type: '*/*' }), (req, res) => handle(req, res, JSON.stringify(req.body)));
  } else {
    app.post(path, express.raw({ type: '*/*' }), (req, res) =>
      handle(req, res, (req.body as Buffer).toString('utf8')),
    );
  }
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  Object.assign(receiver, {
    baseUrl: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return receiver;
}

/** Per payload family: the event kinds a body names, and the documented ones (what a strict receiver accepts). */
const eventKinds: Readonly<
  Record<
    PayloadFamilyId,
    { kinds: (body: unknown) => unknown[]; documented: (profile: Profile) => readonly unknown[] }
  >
> = {
  'health-v2': {
    kinds: (body) => [(body as { data_type?: unknown }).data_type],
    documented: (profile) => kindsOf(profile) as readonly string[],
  },
  'health-v3': {
    kinds: (body) => (body as { event_type?: unknown }[]).map((e) => e.event_type),
    documented: (profile) => kindsOf(profile) as readonly string[],
  },
  forms: {
    kinds: (body) => [(body as { event?: unknown }).event],
    documented: () => ['submission.created'],
  },
  'forms-timestamped': {
    kinds: (body) => [(body as { event?: unknown }).event],
    documented: () => ['submission.created'],
  },
};

/** Calls `fn` on every value of a parsed JSON body. */
function visit(value: unknown, fn: (value: unknown) => unknown): void {
  fn(value);
  if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) visit(v, fn);
}

/** State handlers that make a receiver accept the rotated secret while the rotation state lasts. */
export function rotationHandlers(receiver: TestReceiver, rotated: string) {
  return {
    'the webhook secret was rotated': {
      setup: async () => {
        receiver.secrets = [rotated, ...receiver.secrets];
      },
      teardown: async () => {
        receiver.secrets = receiver.secrets.filter((s) => s !== rotated);
      },
    },
  };
}

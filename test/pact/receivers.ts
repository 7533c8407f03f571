// Express webhook receivers for the provider-verification tests and the benchmark: one correct (verifies the raw
// bytes, answers the profile's success status) and the classic mistakes. Each binds 127.0.0.1 on a free port.
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { getProfile, type ProfileRef } from '../../src/profiles/index.ts';
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
  | 'rejects-all';

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
    receiver.received.push(JSON.parse(raw));
    res.status(flaw === 'answers-204' ? 204 : success).send();
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

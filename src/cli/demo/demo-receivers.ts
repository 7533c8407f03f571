import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSpikeKitError } from '../../core/index.ts';
import { type ProfileId, profileIds } from '../../profiles/index.ts';
import { createReceiver, receive, toNodeHandler } from '../../receive/index.ts';

/** The secret each demo receiver is configured with. */
export const demoSecrets: Readonly<Record<ProfileId, string>> = {
  'spike-health-v2': 'demo_v2_app_secret',
  'spike-health-v3': 'demo_v3_signature_key',
  'spike-forms': 'demo_forms_secret',
  'spike-forms-timestamped': 'demo_forms_ts_secret',
};

/** The path of each dialect's webhook on the demo receivers. */
export const demoPath = (profile: ProfileId): string => `/webhooks/${profile}`;

/** A demo receiver: its Node listener, what it processed per dedup key, and its server once started. */
export interface DemoReceiver {
  readonly name: string;
  readonly listener: RequestListener;
  /** How many times the side effect ran for a dedup key. */
  readonly probe: (key: string) => number;
  /** Starts it on 127.0.0.1 (a free port); returns its origin. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The correct receiver, written as the README says: one `createReceiver` per dialect, deduplicated, behind
 * `toNodeHandler` (raw bytes, the profile's success status, 401/400 for what is refused).
 */
export function correctReceiver(): DemoReceiver {
  const counts = new Map<string, number>();
  const routes = new Map<string, RequestListener>();
  for (const profile of profileIds) {
    const receiver = createReceiver(profile, { secret: demoSecrets[profile], dedup: new Set() });
    const handler = toNodeHandler(receiver, {
      path: demoPath(profile),
      onHandled: (result) => {
        if (!result.duplicate)
          counts.set(result.delivery.dedupKey, (counts.get(result.delivery.dedupKey) ?? 0) + 1);
      },
    });
    routes.set(demoPath(profile), (req, res) => void handler(req, res));
  }
  return served('correct-receiver', route(routes), counts);
}

/**
 * The flawed receiver, deliberately wrong in the ways real handlers are: it checks the signature over
 * `JSON.stringify(JSON.parse(body))` (the body a JSON parser left), runs the side effect on every delivery (no
 * dedup), throws on event kinds it does not know (500) and answers `201 Created`.
 */
export function flawedReceiver(): DemoReceiver {
  const counts = new Map<string, number>();
  const routes = new Map<string, RequestListener>();
  for (const profile of profileIds) {
    routes.set(demoPath(profile), async (req, res) => {
      const raw = await readBody(req);
      try {
        const reserialised = JSON.stringify(JSON.parse(raw)); // FLAW: the signed bytes are gone
        const received = receive(
          profile,
          { headers: req.headers, body: reserialised },
          { secret: demoSecrets[profile] },
        );
        if (received.events.some((event) => event.kind === 'unknown'))
          throw new Error('unhandled event kind'); // FLAW
        counts.set(received.dedupKey, (counts.get(received.dedupKey) ?? 0) + 1); // FLAW: no dedup
        answer(res, 201); // FLAW: v3 counts only 200
      } catch (error) {
        answer(
          res,
          isSpikeKitError(error) && error.code === 'SIGNATURE_INVALID'
            ? 401
            : isSpikeKitError(error) || error instanceof SyntaxError
              ? 400
              : 500,
        );
      }
    });
  }
  return served('flawed-receiver', route(routes), counts);
}

function route(routes: ReadonlyMap<string, RequestListener>): RequestListener {
  return (req, res) => {
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler === undefined) answer(res, 404);
    else handler(req, res);
  };
}

function served(name: string, listener: RequestListener, counts: Map<string, number>): DemoReceiver {
  let server: Server | undefined;
  return {
    name,
    listener,
    probe: (key) => counts.get(key) ?? 0,
    start: () =>
      new Promise((resolve, reject) => {
        const s = createServer(listener);
        server = s;
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`));
      }),
    stop: () =>
      new Promise((resolve) => {
        if (server === undefined) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
}

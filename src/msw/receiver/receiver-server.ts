import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ReceiveOutcome } from './receiver-script.ts';

/** A receiver served on 127.0.0.1. */
export interface ReceiverServer {
  /** `http://127.0.0.1:<port><path>`. */
  readonly url: string;
  /** Stops the server and destroys its connections (a held `'timeout'` answer included). */
  close(): Promise<void>;
}

/**
 * Serves a receive function on 127.0.0.1 (a free port): each request's exact bytes go to `receive`; `'drop'`
 * destroys the socket, `'timeout'` holds it open until the client goes away or the server closes. The server does
 * not keep the process alive.
 *
 * @example
 * ```ts
 * const server = await listenReceiver(receive, '/spike');
 * await fetch(server.url, { method: 'POST', body: '{}' });
 * await server.close();
 * ```
 */
export async function listenReceiver(
  receive: (request: Request) => Promise<ReceiveOutcome>,
  path: string,
): Promise<ReceiverServer> {
  const sockets = new Set<Socket>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const controller = new AbortController();
    res.on('close', () => controller.abort(new Error('the client went away')));
    const headers = new Headers();
    for (let k = 0; k < req.rawHeaders.length; k += 2)
      headers.append(req.rawHeaders[k] as string, req.rawHeaders[k + 1] as string);
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const request = new Request(new URL(req.url ?? '/', origin), {
      method: req.method ?? 'POST',
      headers,
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
      signal: controller.signal,
    });
    let outcome: ReceiveOutcome;
    try {
      outcome = await receive(request);
    } catch (error) {
      if (controller.signal.aborted) return; // aborted while waiting: the client is gone
      throw error;
    }
    if ('fault' in outcome) {
      if (outcome.fault === 'drop') req.socket.destroy();
      return; // 'timeout': hold the socket until the client or close() ends it
    }
    const body = Buffer.from(await outcome.response.arrayBuffer());
    const out: Record<string, string> = {};
    outcome.response.headers.forEach((value, name) => {
      out[name] = value;
    });
    res.writeHead(outcome.response.status, out).end(body);
  };
  // A client gone mid-body (ECONNRESET) or an answer that cannot be sent: never an unhandled rejection, never a
  // socket held open by mistake. A 500 says what went wrong when the client can still hear it.
  const serve = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res).catch((error: unknown) => {
      if (req.socket.destroyed || res.headersSent) return void req.socket.destroy();
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`The mock receiver failed: ${String(error)}`);
    });
  const server = createServer((req, res) => {
    void serve(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

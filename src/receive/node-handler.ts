import type { IncomingMessage, ServerResponse } from 'node:http';
import { invalid } from '../core/index.ts';
import type { ProfileRef } from '../profiles/index.ts';
import { type ReceiverAnswer, refusalAnswer, successAnswer } from './answer.ts';
import type { HandleResult, SpikeReceiver } from './create-receiver.ts';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Answer only this path (others go to `next`, or 404); default every path. */
  readonly path?: string;
  /** The largest body read, in bytes (413 beyond it); default 5 MB. */
  readonly limit?: number;
  /** Where a handler's own failure is logged when there is no `next`; default `console`. */
  readonly log?: { error(...args: unknown[]): void };
  /** Called after each processed delivery (for logs and metrics). */
  readonly onHandled?: (result: HandleResult<ProfileRef>) => void;
}

/** A Node request listener that is also Connect/Express middleware. */
export type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

type RequestWithBody = IncomingMessage & { rawBody?: unknown; body?: unknown };

/**
 * A receiver as a Node request handler (`node:http`, Express, Connect, Koa's `ctx.req`/`ctx.res`, Next.js Pages
 * Router, NestJS): it reads the raw body itself, or takes the one already captured (`req.rawBody` of NestJS with
 * `rawBody: true`, `express.raw()`'s Buffer), runs the receiver and answers: 200 when processed or a duplicate, 401
 * when not authentic, 400 for an invalid payload or a body some parser already turned into an object (`BODY_NOT_RAW`),
 * 405 for a method other than POST, 413 past `limit`. A handler's own error goes to `next` (Express answers 500), or
 * is logged and answered 500, so Spike retries.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a receiver that is not one of {@link createReceiver}'s or bad options.
 * @example
 * ```ts
 * const spike = createReceiver('spike-forms', { secret, dedup: new Set() }).on('submission.created', save);
 * app.post('/webhooks/spike', toNodeHandler(spike)); // no express.json() in front of it
 * http.createServer(toNodeHandler(spike, { path: '/webhooks/spike' })).listen(3000);
 * ```
 */
export function toNodeHandler<P extends ProfileRef>(
  receiver: SpikeReceiver<P>,
  options: NodeHandlerOptions = {},
): NodeHandler {
  checkReceiver(receiver, 'toNodeHandler');
  const { path, limit = 5 * 1024 * 1024, log = console, onHandled } = options;
  if (!(Number.isSafeInteger(limit) && limit > 0))
    throw invalid('INVALID_OPTION', "toNodeHandler's 'limit'", 'a positive number of bytes', limit);
  return async (request, response, next) => {
    if (path !== undefined && pathOf(request.url) !== path) {
      if (next) next();
      else
        send(response, {
          status: 404,
          body: { code: 'NOT_FOUND', message: `Spike webhooks are at ${path}.` },
        });
      return;
    }
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      send(response, {
        status: 405,
        body: { code: 'METHOD_NOT_ALLOWED', message: 'Spike delivers with POST.' },
      });
      return;
    }
    let body: unknown;
    try {
      body = await bodyOf(request as RequestWithBody, limit);
    } catch (error) {
      // The client went away mid-body: nobody is left to answer.
      if (next) next(error);
      else response.destroy();
      return;
    }
    if (body === tooLarge) {
      send(response, {
        status: 413,
        body: { code: 'INVALID_PAYLOAD', message: `The body is larger than the limit of ${limit} bytes.` },
      });
      return;
    }
    let result: HandleResult<P>;
    try {
      result = await receiver.handle({ headers: request.headers, body: body as Uint8Array });
    } catch (error) {
      const refusal = refusalAnswer(error);
      if (refusal) send(response, refusal);
      else if (next) next(error);
      else {
        log.error(error);
        send(response, {
          status: 500,
          body: { code: 'HANDLER_FAILED', message: 'The webhook handler failed.' },
        });
      }
      return;
    }
    onHandled?.(result as HandleResult<ProfileRef>);
    send(response, successAnswer(receiver.profile, result.duplicate));
  };
}

/** Checks that `receiver` is one {@link createReceiver} made (shared by the adapters). */
export function checkReceiver(receiver: unknown, caller: string): void {
  const r = receiver as Partial<SpikeReceiver<ProfileRef>> | null;
  if (typeof r !== 'object' || r === null || typeof r.handle !== 'function' || typeof r.profile !== 'object')
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s receiver`,
      "createReceiver(profile, { secret })'s result",
      receiver,
    );
}

const tooLarge = Symbol('too large');

async function bodyOf(request: RequestWithBody, limit: number): Promise<unknown> {
  // A body someone already captured: NestJS `rawBody: true`, express.raw(), or a parser's object (BODY_NOT_RAW).
  if (request.rawBody instanceof Uint8Array || typeof request.rawBody === 'string') return request.rawBody;
  if (request.body !== undefined) return request.body;
  if (request.readableEnded) return undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size <= limit) chunks.push(bytes);
      else {
        cleanUp();
        request.resume(); // drain the rest unread, so the connection can still carry the answer
        resolve(tooLarge);
      }
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q === -1 ? raw : raw.slice(0, q);
}

function send(response: ServerResponse, answer: ReceiverAnswer): void {
  const text = JSON.stringify(answer.body);
  response.statusCode = answer.status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}

import type { ProfileRef } from '../profiles/index.ts';
import { type ReceiverAnswer, refusalAnswer, successAnswer } from './answer.ts';
import type { HandleResult, SpikeReceiver } from './create-receiver.ts';
import { checkReceiver } from './node-handler.ts';

/** Options of {@link toFetchHandler}. */
export interface FetchHandlerOptions {
  /** Called after each processed delivery (for logs and metrics). */
  readonly onHandled?: (result: HandleResult<ProfileRef>) => void;
}

/**
 * A receiver as a fetch handler, `(request: Request) => Promise<Response>` (Next.js App Router, Hono's `c.req.raw`,
 * Bun.serve, Deno.serve, workers): reads the raw body once, runs the receiver and answers 200 when processed or a
 * duplicate, 401 when not authentic, 400 for an invalid payload, 405 for a method other than POST. A handler's own
 * error is rethrown, so the framework answers 500 and Spike retries.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a receiver that is not one of {@link createReceiver}'s.
 * @example
 * ```ts
 * const spike = createReceiver('spike-health-v3', { secret, dedup: new Set() }).on('record_change', enqueue);
 * export const POST = toFetchHandler(spike); // app/webhooks/spike/route.ts
 * ```
 */
export function toFetchHandler<P extends ProfileRef>(
  receiver: SpikeReceiver<P>,
  options: FetchHandlerOptions = {},
): (request: Request) => Promise<Response> {
  checkReceiver(receiver, 'toFetchHandler');
  const { onHandled } = options;
  return async (request) => {
    if (request.method !== 'POST')
      return respond(
        { status: 405, body: { code: 'METHOD_NOT_ALLOWED', message: 'Spike delivers with POST.' } },
        { allow: 'POST' },
      );
    let result: HandleResult<P>;
    try {
      result = await receiver.handleRequest(request);
    } catch (error) {
      const refusal = refusalAnswer(error);
      if (refusal) return respond(refusal);
      throw error;
    }
    onHandled?.(result as HandleResult<ProfileRef>);
    return respond(successAnswer(receiver.profile, result.duplicate));
  };
}

function respond(answer: ReceiverAnswer, headers: Record<string, string> = {}): Response {
  return Response.json(answer.body, { status: answer.status, headers });
}

import { invalid, listChoices, SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import type { Bytes, HeadersInput } from '../signing/index.ts';
import { familyEvents } from './family-events.ts';
import { type Received, type ReceivedEvent, type ReceiveOptions, receive } from './receive.ts';
import { receiveRequest } from './receive-request.ts';

type KnownEvent<P extends ProfileRef> = Exclude<ReceivedEvent<P>, { kind: 'unknown' }>;
type EventOfKind<P extends ProfileRef, K> = Extract<KnownEvent<P>, { kind: K }>['event'];

/** What a handler gets beside its event: the whole delivery. */
export interface HandlerContext<P extends ProfileRef> {
  readonly delivery: Received<P>;
}

/** What {@link SpikeReceiver.handle} did with a delivery. */
export interface HandleResult<P extends ProfileRef> {
  readonly delivery: Received<P>;
  /** Events a handler ran for. */
  readonly handled: number;
  /** Events no handler was registered for, or of a kind the kit does not know: acknowledged, not failed. */
  readonly ignored: number;
}

/** A typed dispatcher over {@link receive}. */
export interface SpikeReceiver<P extends ProfileRef> {
  /** Runs `handler` for each event of `kind` (`sleep`, `record_change`, `submission.created` ...). */
  on<K extends KnownEvent<P>['kind']>(
    kind: K,
    handler: (event: EventOfKind<P, K>, context: HandlerContext<P>) => unknown,
  ): SpikeReceiver<P>;
  /** Runs `handler` for each event of a kind the kit does not know (default: acknowledged silently). */
  onUnknown(
    handler: (event: Extract<ReceivedEvent<P>, { kind: 'unknown' }>, context: HandlerContext<P>) => unknown,
  ): SpikeReceiver<P>;
  /** Receives `{ headers, body }` and runs the handlers of its events, in order. */
  handle(delivery: {
    readonly headers: HeadersInput | null | undefined;
    readonly body: Bytes;
  }): Promise<HandleResult<P>>;
  /** Receives a fetch `Request` and runs the handlers of its events, in order. */
  handleRequest(request: Request): Promise<HandleResult<P>>;
}

/**
 * A receiver with typed handlers per kind: `createReceiver(profile, { secret }).on('sleep', ...)`. Each delivery is
 * received once ({@link receive}: verified, parsed, validated), then every event runs its kind's handler; events
 * without one, and kinds the kit does not know, are acknowledged (counted in `ignored`), never a failure, since
 * Spike retries failures for days. A handler's own error is rethrown as it is, so your framework answers 5xx and
 * Spike retries.
 *
 * @throws {SpikeKitError} from `handle`: the codes of {@link receive}; from `on`: `INVALID_OPTION` for a kind the
 *   profile does not have or a handler that is not a function.
 * @example
 * ```ts
 * const spike = createReceiver('spike-health-v2', { secret })
 *   .on('sleep', (event) => saveNight(event.data[0]))
 *   .on('heart', (event) => saveHeart(event.data[0]));
 * await spike.handle({ headers: req.headers, body: req.body }); // express.raw()
 * ```
 */
export function createReceiver<const P extends ProfileRef>(
  profile: P,
  options: ReceiveOptions,
): SpikeReceiver<P> {
  const p = getProfile(profile);
  const kinds = familyEvents[p.payload].kinds;
  const handlers = new Map<string, (event: never, context: HandlerContext<P>) => unknown>();
  let unknownHandler: ((event: never, context: HandlerContext<P>) => unknown) | undefined;
  const dispatch = async (delivery: Received<P>): Promise<HandleResult<P>> => {
    let handled = 0;
    let ignored = 0;
    for (const item of delivery.events) {
      const handler = item.kind === 'unknown' ? unknownHandler : handlers.get(String(item.kind));
      if (handler === undefined) {
        ignored++;
        continue;
      }
      await handler((item.kind === 'unknown' ? item : item.event) as never, { delivery });
      if (item.kind === 'unknown') ignored++;
      else handled++;
    }
    return { delivery, handled, ignored };
  };
  const receiver: SpikeReceiver<P> = {
    on(kind, handler) {
      if (!kinds.includes(kind as string)) {
        throw invalid(
          'INVALID_OPTION',
          `The kind in on(kind) for ${p.id}`,
          `one of ${listChoices(kinds)} (kinds the kit does not know go to onUnknown)`,
          kind,
          { details: { valid: kinds } },
        );
      }
      if (typeof handler !== 'function')
        throw new SpikeKitError('INVALID_OPTION', `on('${String(kind)}') needs a handler function.`, {
          kind,
        });
      handlers.set(kind as string, handler as never);
      return receiver;
    },
    onUnknown(handler) {
      if (typeof handler !== 'function')
        throw new SpikeKitError('INVALID_OPTION', 'onUnknown needs a handler function.', {});
      unknownHandler = handler as never;
      return receiver;
    },
    handle: async (delivery) => dispatch(receive(profile, delivery, options)),
    handleRequest: async (request) => dispatch(await receiveRequest(profile, request, options)),
  };
  return receiver;
}

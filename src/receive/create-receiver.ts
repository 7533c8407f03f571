import { invalid, listChoices, SpikeKitError } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
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

/**
 * Where a receiver remembers the deliveries it processed, by the profile's dedup key. A `Set` is one (in one
 * process); for several instances give a shared store (Redis, a table with a unique key) with the same three methods.
 */
export interface DedupStore {
  has(key: string): boolean | Promise<boolean>;
  add(key: string): unknown;
  /** Forgets a key whose handlers failed, so Spike's retry runs them again. */
  delete?(key: string): unknown;
}

/** Options of {@link createReceiver}: those of {@link receive}, and where to deduplicate. */
export interface ReceiverOptions extends ReceiveOptions {
  /**
   * Skip the handlers of a delivery already processed (a retry after a lost acknowledgement, or a duplicate): the
   * delivery is acknowledged and `duplicate` is true. A key is added before the handlers run (so a concurrent
   * duplicate is skipped too) and deleted again when one of them throws.
   */
  readonly dedup?: DedupStore;
}

/** What {@link SpikeReceiver.handle} did with a delivery. */
export interface HandleResult<P extends ProfileRef> {
  readonly delivery: Received<P>;
  /** True when the `dedup` store already had this delivery's key: no handler ran. */
  readonly duplicate: boolean;
  /** Events a handler ran for. */
  readonly handled: number;
  /** Events no handler was registered for, or of a kind the kit does not know: acknowledged, not failed. */
  readonly ignored: number;
}

/** A typed dispatcher over {@link receive}. */
export interface SpikeReceiver<P extends ProfileRef> {
  /** The profile it receives. */
  readonly profile: Profile;
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
  options: ReceiverOptions,
): SpikeReceiver<P> {
  const p = getProfile(profile);
  const kinds = familyEvents[p.payload].kinds;
  // receive checks the options themselves; unknown keys such as `dedup` are no concern of its.
  const receiveOptions: ReceiveOptions = options;
  const dedup = typeof options === 'object' && options !== null ? options.dedup : undefined;
  checkStore(dedup);
  const handlers = new Map<string, (event: never, context: HandlerContext<P>) => unknown>();
  let unknownHandler: ((event: never, context: HandlerContext<P>) => unknown) | undefined;
  const dispatch = async (delivery: Received<P>): Promise<HandleResult<P>> => {
    if (dedup === undefined) return run(delivery);
    const key = delivery.dedupKey;
    // A synchronous store (a Set) is asked and told in the same tick, so a concurrent duplicate cannot slip between.
    const seen = dedup.has(key);
    if (seen === true || (seen !== false && (await seen)))
      return { delivery, duplicate: true, handled: 0, ignored: delivery.events.length };
    await dedup.add(key);
    try {
      return await run(delivery);
    } catch (error) {
      await dedup.delete?.(key);
      throw error;
    }
  };
  const run = async (delivery: Received<P>): Promise<HandleResult<P>> => {
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
    return { delivery, duplicate: false, handled, ignored };
  };
  const receiver: SpikeReceiver<P> = {
    profile: p,
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
    handle: async (delivery) => dispatch(receive(profile, delivery, receiveOptions)),
    handleRequest: async (request) => dispatch(await receiveRequest(profile, request, receiveOptions)),
  };
  return receiver;
}

function checkStore(store: DedupStore | undefined): void {
  if (store === undefined) return;
  const ok =
    typeof store === 'object' &&
    store !== null &&
    typeof store.has === 'function' &&
    typeof store.add === 'function' &&
    (store.delete === undefined || typeof store.delete === 'function');
  if (!ok)
    throw invalid(
      'INVALID_OPTION',
      "createReceiver's 'dedup'",
      'a store with has(key) and add(key) (and optionally delete(key)), such as a Set',
      store,
    );
}

import { join } from 'node:path';
import { type EventOf, type KindOf, kindsOf } from '../../generators/index.ts';
import type { DateInput } from '../core/index.ts';
import { invalid, listChoices } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { pactFileName } from './canonical-pact-files.ts';
import { eventBody } from './event-body.ts';
import { messageDescription } from './interaction-descriptions.ts';
import type { PactTemplate } from './pact-json-matchers.ts';
import { writeMessagePact } from './pact-writer.ts';
import { eventState, type PactState } from './provider-states.ts';

/** Options of {@link spikeMessagePact}. */
export interface SpikeMessagePactOptions<P extends ProfileRef = ProfileRef> {
  /** Your application's name (the consumer). */
  readonly consumer: string;
  /** The dialect you receive: its id is the provider's name (`'spike-health-v2'` ...). */
  readonly profile: P;
  /** Where the pact file goes. Default `'pacts'`. */
  readonly dir?: string;
  /** Override the provider name. Default: the profile id. */
  readonly provider?: string;
}

/** Options of {@link SpikeMessagePact.expectsEvent}. */
export interface ExpectsEventOptions {
  /**
   * Optional fields your handler relies on (the contract leaves them out otherwise, since Spike may omit them), as
   * paths: `'data[*].total_sleep'`, `'data.email'` (a key of the open `data` record).
   */
  readonly require?: readonly string[];
  /**
   * Generator overrides for the example (`{ data: [{ total_sleep: 25200 }] }`, or a function). The fields an object
   * override sets become expectations too, matched by type: expecting a field Spike never sends fails the
   * provider verification (`verifyMessages`).
   */
  readonly overrides?: unknown;
  /** Extra provider states, after the kit's `Spike sends an event of kind '<kind>'`. */
  readonly states?: readonly PactState[];
  /** Default `a <profile> '<kind>' event`. Must be unique in the pact. */
  readonly description?: string;
  /** Sample seed and reference date (deterministic examples). */
  readonly seed?: number;
  readonly refDate?: DateInput;
  /** Last word on the body: receives the template with matchers, returns the one to use. */
  readonly body?: (template: PactTemplate) => PactTemplate;
}

/** One expected Spike message, ready to run against your handler. `E` is the event type of the kind. */
export interface SpikeMessageExpectation<E = unknown> {
  /** The body with matchers, as written into the pact. */
  readonly body: PactTemplate;
  /** The concrete message your handler receives (the matchers' examples). */
  readonly example: E;
  /**
   * Hands the message to `handler` as Spike's body (the parsed JSON; for v3 the array) and writes the interaction
   * to the pact file when it succeeds. Rejects when the handler throws.
   */
  verify<T>(handler: (message: E) => T | Promise<T>): Promise<T>;
}

/** A message pact between your application and one Spike dialect. */
export interface SpikeMessagePact<P extends ProfileRef = ProfileRef> {
  readonly consumer: string;
  readonly provider: string;
  readonly profile: Profile;
  /** The pact file this writes. */
  readonly file: string;
  /**
   * Declares that your application consumes Spike events of `kind` (a v2 `data_type`, v3 `event_type`, form kind);
   * the handler of `verify` receives that kind's event type.
   */
  expectsEvent<const K extends KindOf<P>>(
    kind: K,
    options?: ExpectsEventOptions,
  ): SpikeMessageExpectation<EventOf<P, K>>;
}

/**
 * Consumer-side message pacts for teams: pick a profile and an event kind, get a body with matchers built from the
 * kit's schema and a seeded generator sample, run your handler on the concrete message, and the pact is written.
 * Verify your pact against what Spike documents with `verifyMessages` (in your CI, or via the broker).
 *
 * @example
 * ```ts
 * import { spikeMessagePact } from 'spike-webhook-kit/pact';
 * const pact = spikeMessagePact({ consumer: 'sleep-service', profile: 'spike-health-v2', dir: 'pacts' });
 * it('stores a night of sleep', () =>
 *   pact
 *     .expectsEvent('sleep', { require: ['data[*].total_sleep', 'data[*].date'] })
 *     .verify(async (event) => expect(await handleSpikeEvent(event)).toEqual({ stored: 1 })));
 * ```
 */
export function spikeMessagePact<const P extends ProfileRef>(
  options: SpikeMessagePactOptions<P>,
): SpikeMessagePact<P> {
  const profile = getProfile(options.profile);
  const provider = options.provider ?? profile.id;
  const dir = options.dir ?? 'pacts';
  if (typeof options.consumer !== 'string' || options.consumer.trim() === '') {
    throw invalid(
      'INVALID_OPTION',
      "spikeMessagePact's 'consumer'",
      'your application name',
      options.consumer,
      {
        details: { option: 'consumer' },
      },
    );
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    consumer: options.consumer,
    provider,
    profile,
    file: join(dir, pactFileName(options.consumer, provider)),
    expectsEvent<const K extends KindOf<P>>(kind: K, expectation: ExpectsEventOptions = {}) {
      const kinds = kindsOf(profile) as readonly string[];
      if (!kinds.includes(kind)) {
        throw invalid('UNKNOWN_KIND', `The event kind for ${profile.id}`, listChoices(kinds), kind, {
          details: { profile: profile.id, kind, valid: kinds },
        });
      }
      const built = eventBody(profile, kind, {
        ...(expectation.require === undefined ? {} : { require: expectation.require }),
        ...(expectation.overrides === undefined ? {} : { overrides: expectation.overrides }),
        ...(expectation.seed === undefined ? {} : { seed: expectation.seed }),
        ...(expectation.refDate === undefined ? {} : { refDate: expectation.refDate }),
        samples: 1,
      });
      const body = expectation.body ? expectation.body(built.template) : built.template;
      const description = expectation.description ?? messageDescription(profile, kind);
      const states: PactState[] = [
        { name: eventState(kind), params: { kind } },
        ...(expectation.states ?? []),
      ];
      return {
        body,
        example: built.example as EventOf<P, K>,
        verify<T>(handler: (message: EventOf<P, K>) => T | Promise<T>): Promise<T> {
          // Interactions of one pact are written one after another (Pact merges them into one file).
          const run = queue.then(async () => {
            let result: T | undefined;
            await writeMessagePact(
              { consumer: options.consumer, provider, dir },
              [{ description, states, body, comments: [], pending: false }],
              async (message) => {
                result = await handler(message as EventOf<P, K>);
              },
            );
            return result as T;
          });
          queue = run.catch(() => undefined);
          return run;
        },
      };
    },
  };
}

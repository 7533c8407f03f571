import { join } from 'node:path';
import { type EventOf, type KindOf, kindsOf } from '../../generators/index.ts';
import type { DateInput } from '../core/index.ts';
import { invalid, listChoices } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { pactFileName } from './canonical-pact-files.ts';
import { eventBody } from './event-body.ts';
import { messageDescription } from './interaction-descriptions.ts';
import { splitPath } from './json-paths.ts';
import { isRecord } from './json-values.ts';
import type { MessageInteraction } from './message-interactions.ts';
import { isMatcher, type PactTemplate, reifyTemplate } from './pact-json-matchers.ts';
import { writeMessagePact } from './pact-writer.ts';
import { eventState, type PactState } from './provider-states.ts';

/** Options of {@link spikeMessagePact}. */
export interface SpikeMessagePactOptions<P extends ProfileRef = ProfileRef> {
  /** Your application's name (the consumer). */
  readonly consumer: string;
  /** The dialect you receive: its id is the provider's name (`'spike-health-v2'` ...). */
  readonly profile: P;
  /**
   * Where the pact file goes. Default `'pacts'`. The first write of a test run starts the file afresh (a run:
   * `SPIKE_PACT_RUN_ID`, else the test runner's process); writes from parallel workers are serialised.
   */
  readonly dir?: string;
  /** Override the provider name. Default: the profile id. */
  readonly provider?: string;
}

/** Options of {@link SpikeMessagePact.expectsEvent}. */
export interface ExpectsEventOptions {
  /**
   * Optional fields your handler relies on (the contract leaves them out otherwise, since Spike may omit them), as
   * paths: `'data[*].total_sleep'`, `'data.email'` (a key of the open `data` record). Pact has no optional fields:
   * each one Spike may omit or send as `null` becomes two interactions, one with it (typed by the schema, never
   * "anything") and one without it (`<description> without <path>`, or `with <path> null`); `verify` runs your
   * handler on both, and the reference provider (`verifyMessages`) sends each as asked.
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
  /** Every interaction written, the one with every required field first (see `require`). */
  readonly interactions: readonly { readonly description: string; readonly example: E }[];
  /**
   * Hands each interaction's message to `handler` as Spike's body (the parsed JSON; for v3 the array) and writes
   * it to the pact file when it succeeds. Resolves with the handler's result on the first (every required field
   * present); rejects when the handler throws on any.
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
      const build = (require: readonly string[]) =>
        eventBody(profile, kind, {
          require,
          ...(expectation.overrides === undefined ? {} : { overrides: expectation.overrides }),
          ...(expectation.seed === undefined ? {} : { seed: expectation.seed }),
          ...(expectation.refDate === undefined ? {} : { refDate: expectation.refDate }),
          samples: 1,
        });
      const required = expectation.require ?? [];
      const built = build(required);
      const description = expectation.description ?? messageDescription(profile, kind);
      const absentable = required.flatMap((path) => {
        const ways = built.absentable.get(path);
        return ways === undefined ? [] : [[path, ways] as const];
      });
      const present = absentable.map(([path]) => path);
      const interaction = (
        name: string,
        template: PactTemplate,
        params: Record<string, unknown>,
      ): MessageInteraction => {
        const body = expectation.body ? expectation.body(template) : template;
        const states: PactState[] = [
          { name: eventState(kind), params: { kind, ...params } },
          ...(expectation.states ?? []),
        ];
        return { description: name, states, body, comments: [], pending: false };
      };
      const interactions = [
        interaction(description, built.template, present.length === 0 ? {} : { present }),
        ...absentable
          .flatMap(([path, ways]) => ways.map((how) => [path, how] as const))
          .map(([path, how]) => {
            const others = present.filter((p) => p !== path);
            const without = build(required.filter((p) => p !== path)).template;
            return interaction(
              how === 'null' ? `${description} with ${path} null` : `${description} without ${path}`,
              how === 'null' ? withNullAt(without, splitPath(path)) : without,
              { ...(others.length === 0 ? {} : { present: others }), absent: { [path]: how } },
            );
          }),
      ];
      const body = interactions[0]?.body;
      const examples = interactions.map((i) => ({
        description: i.description,
        example: reifyTemplate(i.body) as EventOf<P, K>,
      }));
      return {
        body,
        example: examples[0]?.example as EventOf<P, K>,
        interactions: examples,
        verify<T>(handler: (message: EventOf<P, K>) => T | Promise<T>): Promise<T> {
          // Interactions of one pact are written one after another (Pact merges them into one file).
          const run = queue.then(async () => {
            let result: T | undefined;
            await writeMessagePact(
              // A run starts the file afresh once; parallel workers' writes are serialised.
              { consumer: options.consumer, provider, dir, run: true },
              interactions,
              async (message, i) => {
                const value = await handler(message as EventOf<P, K>);
                if (i === interactions[0]) result = value;
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

/** `template` with `null` at `parts` (`*`: the item template of an array matcher); missing last keys created. */
function withNullAt(template: PactTemplate, parts: readonly string[]): PactTemplate {
  const [head, ...rest] = parts;
  if (head === undefined) return null;
  if (head === '*') {
    if (isMatcher(template) && Array.isArray(template.value))
      return { ...template, value: template.value.map((item) => withNullAt(item, rest)) };
    return Array.isArray(template) ? template.map((item) => withNullAt(item, rest)) : template;
  }
  if (!isRecord(template) || isMatcher(template)) return template;
  if (!Object.hasOwn(template, head) && rest.length > 0) return template;
  return { ...template, [head]: withNullAt(template[head], rest) };
}

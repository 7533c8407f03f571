// The bodies of the HTTP contract's realistic deliveries beyond one event per kind: a v3 batch of several users'
// events of mixed types, and an event kind Spike does not document yet.
import { generate } from '../../generators/index.ts';
import type { Profile } from '../profiles/index.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import type { EventBody } from './event-body.ts';
import { fullEventBody } from './full-event-body.ts';
import { isMatcher, type PactTemplate, pactJsonMatchers, reifyTemplate } from './pact-json-matchers.ts';

/** A body of an HTTP interaction: its template and the example the template describes. */
export type RequestBody = Pick<EventBody, 'template' | 'example'>;

/**
 * An array body holding one event of each kind, each of another user (seeds `seed`, `seed + 1` ...), matched with Pact V4's
 * `arrayContains`: the batch must contain an event like each of them, in any order, beside any others.
 *
 * @example
 * ```ts
 * batchBody(profiles['spike-health-v3'], ['record_change', 'provider_integration_created']).example.length; // 2
 * ```
 */
export function batchBody(profile: Profile, kinds: readonly string[], options: ContractOptions): RequestBody {
  const seed = options.seed ?? contractDefaults.seed;
  const variants = kinds.map((kind, i) => {
    const { template } = fullEventBody(profile, kind, { ...options, seed: seed + i });
    return firstItem(template);
  });
  const template = pactJsonMatchers.arrayContaining(variants);
  return { template, example: reifyTemplate(template) };
}

/**
 * A body of an event kind the family does not document (the generator's `unknown-kind` awkwardness: a v2
 * `data_type` such as `blood_pressure`, a v3 `event_type`, a forms `event`), matched by type only: Spike may
 * start sending it any day, and nothing about it is promised.
 */
export function unknownKindBody(profile: Profile, kind: string, options: ContractOptions): RequestBody {
  const sample = (generate as (p: Profile, o: object) => unknown)(profile, {
    kind,
    seed: options.seed ?? contractDefaults.seed,
    refDate: options.refDate ?? contractDefaults.refDate,
    awkward: 'unknown-kind',
  });
  const template = pactJsonMatchers.type(sample);
  return { template, example: reifyTemplate(template) };
}

/** The template of an array body's first item (an "each like" matcher's item, or a literal array's first). */
function firstItem(template: PactTemplate): PactTemplate {
  if (isMatcher(template) && Array.isArray(template.value)) return template.value[0];
  return Array.isArray(template) ? template[0] : template;
}

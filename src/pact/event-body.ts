import { generate } from '../../generators/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { contractFacts } from '../schemas/contract-facts.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import { isRecord } from './json-values.ts';
import { type PactTemplate, reifyTemplate } from './pact-json-matchers.ts';
import { matchersFromSchema } from './schema-matchers.ts';

/** Options of {@link eventBody}. */
export interface EventBodyOptions extends ContractOptions {
  /** Optional fields (or keys of open records) to include anyway, e.g. `['data[*].total_sleep']`. */
  readonly require?: readonly string[];
  /** Generator overrides applied to every sample; the fields they set are required too (see `spikeMessagePact`). */
  readonly overrides?: unknown;
}

/** A delivery body with matchers, its concrete example, and what it leaves open. */
export interface EventBody {
  readonly template: PactTemplate;
  readonly example: unknown;
  readonly unpinned: readonly { readonly path: string; readonly why: string }[];
  /** The seeded generator samples the examples come from. */
  readonly samples: readonly unknown[];
}

/**
 * The body of one event kind as a Pact template: matchers derived from the family's zod schema and field rules,
 * examples from seeded generator samples.
 *
 * @example
 * ```ts
 * const { template, example } = eventBody('spike-health-v2', 'sleep', { require: ['data[*].total_sleep'] });
 * ```
 */
export function eventBody(profileRef: ProfileRef, kind: string, options: EventBodyOptions = {}): EventBody {
  const profile = getProfile(profileRef);
  const facts = contractFacts[profile.payload];
  const count = options.samples ?? contractDefaults.samples;
  const seed = options.seed ?? contractDefaults.seed;
  const samples: unknown[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(
      (generate as (p: Profile, o: object) => unknown)(profile, {
        kind,
        seed: seed + i,
        refDate: options.refDate ?? contractDefaults.refDate,
        // A consumer's override may expect a field Spike never sends: that is for verifyMessages to report.
        ...(options.overrides === undefined
          ? {}
          : { overrides: options.overrides, allowUnknownOverrideKeys: true }),
      }),
    );
  }
  const require = [...(options.require ?? []), ...overridePaths(options.overrides)];
  const { template, unpinned } = matchersFromSchema(facts.schemaFor(kind), {
    samples,
    rules: facts.rules,
    require: withAncestors(require),
  });
  return { template, example: reifyTemplate(template), unpinned, samples };
}

/** The paths an object override sets, e.g. `{ data: [{ total_sleep: 1 }] }` -> `data[*].total_sleep`. */
function overridePaths(overrides: unknown, prefix = ''): string[] {
  if (!isRecord(overrides)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    if (isRecord(value)) out.push(...overridePaths(value, path));
    else if (Array.isArray(value)) {
      for (const item of value) if (isRecord(item)) out.push(...overridePaths(item, `${path}[*]`));
    }
  }
  return out;
}

/** Every path with its ancestors: `data[*].a.b` -> `data`, `data[*]`, `data[*].a`, `data[*].a.b`. */
function withAncestors(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    for (let i = 1; i <= path.length; i++) {
      const at = path[i];
      if (i === path.length || at === '.' || (at === '[' && i > 0)) out.add(path.slice(0, i));
    }
  }
  return [...out];
}

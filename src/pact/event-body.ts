import { generate } from '../../generators/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { contractFacts } from '../schemas/contract-facts.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import { isRecord } from './json-values.ts';
import { type PactTemplate, reifyTemplate } from './pact-json-matchers.ts';
import { type Absence, matchersFromSchema } from './schema-matchers.ts';

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
  /** The required paths Spike may omit (`'omitted'`) or send as `null` (`'null'`), see `matchersFromSchema`. */
  readonly absentable: ReadonlyMap<string, readonly Absence[]>;
}

/** How many more seeds are tried for a sample that has a required path the first samples lack. */
const DONOR_SEEDS = 40;

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
  return eventBodyRequiring(profileRef, kind, options, () => []);
}

/**
 * {@link eventBody}, requiring also the paths `fromFirst` names in the first sample (read once the samples are
 * drawn, so nothing is generated twice).
 *
 * @example
 * ```ts
 * eventBodyRequiring('spike-health-v2', 'sleep', {}, sampledPaths); // every field of the first sample required
 * ```
 */
export function eventBodyRequiring(
  profileRef: ProfileRef,
  kind: string,
  options: EventBodyOptions,
  fromFirst: (first: unknown) => readonly string[],
): EventBody {
  const profile = getProfile(profileRef);
  const facts = contractFacts[profile.payload];
  const count = options.samples ?? contractDefaults.samples;
  const seed = options.seed ?? contractDefaults.seed;
  const sample = (at: number) =>
    (generate as (p: Profile, o: object) => unknown)(profile, {
      kind,
      seed: at,
      refDate: options.refDate ?? contractDefaults.refDate,
      // A consumer's override may expect a field Spike never sends: that is for verifyMessages to report.
      ...(options.overrides === undefined
        ? {}
        : { overrides: options.overrides, allowUnknownOverrideKeys: true }),
    });
  const samples: unknown[] = [];
  for (let i = 0; i < count; i++) samples.push(sample(seed + i));
  const required = [...(options.require ?? []), ...fromFirst(samples[0])];
  // A required path no sample has (Spike sends it only sometimes) is typed from the first later seed that has it.
  for (const path of required) {
    for (let i = count; i < count + DONOR_SEEDS && !samples.some((s) => hasValueAt(s, path)); i++) {
      const donor = sample(seed + i);
      if (hasValueAt(donor, path)) samples.push(donor);
    }
  }
  const require = [...required, ...overridePaths(options.overrides)];
  const { template, unpinned, absentable } = matchersFromSchema(facts.schemaFor(kind), {
    samples,
    rules: facts.rules,
    require: withAncestors(require),
  });
  return { template, example: reifyTemplate(template), unpinned, samples, absentable };
}

/** True when `value` has a value other than `null` at `path` (`data[*].a`: in some item; `[]` is none). */
function hasValueAt(value: unknown, path: string): boolean {
  const parts = path
    .replace(/\[\*\]/g, '.*')
    .split('.')
    .filter((p) => p !== '');
  const found = (at: unknown, i: number): boolean => {
    if (i === parts.length) return at !== null && at !== undefined && !(Array.isArray(at) && at.length === 0);
    const part = parts[i] as string;
    if (part === '*') return Array.isArray(at) && at.some((item) => found(item, i + 1));
    return isRecord(at) && Object.hasOwn(at, part) && found(at[part], i + 1);
  };
  return found(value, 0);
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

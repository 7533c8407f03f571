// The options of `generate`, checked and resolved in one step: every bad option is a coded error naming what is
// valid, before any generation starts.
import {
  type DateInput,
  invalid,
  kitDefaults,
  listChoices,
  SpikeKitError,
  toEpochMs,
} from '../src/core/index.ts';
import type { Profile } from '../src/profiles/index.ts';
import { type Awkwardness, awkwardnesses } from './core/awkwardness.ts';
import type { Overrides } from './core/overrides.ts';
import type { GenerationContext } from './core/payload-generator.ts';

/**
 * Defaults of `generate`. `seed` is the first default seed: a call without `seed` takes the next one of the
 * sequence `seed`, `seed + 1`, `seed + 2` ... (per process, reset by `resetDefaultSeeds`), so two calls give
 * different events, reproducibly.
 *
 * @example
 * ```ts
 * generateDefaults.seed; // 1: the seed of the first call without one
 * ```
 */
export const generateDefaults = {
  seed: kitDefaults.seed,
  refDate: kitDefaults.refDate,
} as const satisfies { seed: number; refDate: DateInput };

/** A payload family as `generate` calls it, whatever its event types. */
export interface GenericFamily {
  readonly kindLabel: string;
  readonly kinds: readonly string[];
  readonly defaultKind: string;
  readonly optionKeys: readonly string[];
  readonly checkOptions?: (options: object) => void;
  readonly typicalBytes: (kind: string, options: object, awkward: ReadonlySet<Awkwardness>) => number;
  readonly kindSchemas: Readonly<Record<string, unknown>>;
  readonly generate: (kind: string, options: object, context: GenerationContext) => unknown;
  readonly check: (payload: unknown) => readonly string[];
}

/** The options of one `generate` call, checked, with their defaults filled in. */
export interface ResolvedGenerateOptions {
  readonly kind: string;
  readonly seed: number | string;
  /** `refDate` as epoch milliseconds. */
  readonly refMs: number;
  /** `undefined`: the call returns one event, not an array. */
  readonly count: number | undefined;
  /** How many events the call generates (`count`, else 1). */
  readonly total: number;
  readonly awkward: ReadonlySet<Awkwardness>;
  readonly overrides: Overrides<unknown> | undefined;
  readonly validate: boolean;
  readonly allowUnknownOverrideKeys: boolean;
}

const commonKeys = [
  'kind',
  'seed',
  'refDate',
  'count',
  'overrides',
  'allowUnknownOverrideKeys',
  'awkward',
  'validate',
] as const;
const MAX_COUNT = 100_000;
/** The most JSON one call may generate, estimated from the kind's typical event size before any work. */
const MAX_CALL_BYTES = 256 * 1024 * 1024;

/**
 * Checks the options of `generate(profile, options)` for a profile's payload family and resolves them (the seed
 * `defaultSeed` when none is given).
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `UNKNOWN_KIND`, `INVALID_DATE`, or the family's own option errors.
 * @example
 * ```ts
 * resolveGenerateOptions(profiles['spike-forms'], families.forms, { kind: 'contact' }, 1).seed; // 1 (none given)
 * ```
 */
export function resolveGenerateOptions(
  p: Profile,
  generic: GenericFamily,
  given: unknown,
  defaultSeed: number,
): ResolvedGenerateOptions {
  const options = given as Record<string, unknown>;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('INVALID_OPTION', `The options of generate('${p.id}')`, 'an object', options);
  }
  const isValidKey = (key: string) =>
    (commonKeys as readonly string[]).includes(key) || generic.optionKeys.includes(key);
  const unknown: string[] = [];
  for (const key of Object.keys(options))
    if (options[key] !== undefined && !isValidKey(key)) unknown.push(key);
  if (unknown.length > 0) {
    const validKeys = [...commonKeys, ...generic.optionKeys];
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown option${unknown.length > 1 ? 's' : ''} ${listChoices(unknown)} for generate('${p.id}'): valid options are ${listChoices(validKeys)}.`,
      { unknown, valid: validKeys },
    );
  }
  const kind = options.kind ?? generic.defaultKind;
  if (typeof kind !== 'string' || !generic.kinds.includes(kind)) {
    throw invalid(
      'UNKNOWN_KIND',
      `The ${generic.kindLabel} of profile '${p.id}'`,
      `one of ${listChoices(generic.kinds)}`,
      kind,
      {
        details: { profile: p.id, kind, valid: generic.kinds },
      },
    );
  }
  const seed = options.seed ?? defaultSeed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string')) {
    throw invalid('INVALID_OPTION', "'seed'", 'a finite number or a string', seed, {
      details: { option: 'seed' },
    });
  }
  const refMs = refDateMs(options.refDate);
  const count = options.count;
  if (
    count !== undefined &&
    !(Number.isInteger(count) && (count as number) >= 1 && (count as number) <= MAX_COUNT)
  ) {
    throw invalid('INVALID_OPTION', "'count'", `a whole number from 1 to ${MAX_COUNT}`, count, {
      details: { option: 'count' },
    });
  }
  const awkward = awkwardSet(options.awkward);
  generic.checkOptions?.(options);
  const overrides = options.overrides as Overrides<unknown> | undefined;
  if (
    overrides !== undefined &&
    typeof overrides !== 'function' &&
    (typeof overrides !== 'object' || overrides === null)
  ) {
    throw invalid(
      'INVALID_OPTION',
      "'overrides'",
      'an object (deep-partial event), an array (v3) or a function',
      overrides,
      {
        details: { option: 'overrides' },
      },
    );
  }
  const validate = options.validate ?? true;
  const allowUnknownOverrideKeys = options.allowUnknownOverrideKeys ?? false;
  for (const [option, value] of [
    ['validate', validate],
    ['allowUnknownOverrideKeys', allowUnknownOverrideKeys],
  ] as const) {
    if (typeof value !== 'boolean') {
      throw invalid('INVALID_OPTION', `'${option}'`, 'true or false', value, { details: { option } });
    }
  }
  const total = (count as number | undefined) ?? 1;
  checkCallSize(p.id, kind, total, generic.typicalBytes(kind, options, awkward));
  return {
    kind,
    seed,
    refMs,
    count: count as number | undefined,
    total,
    awkward,
    overrides,
    validate: validate as boolean,
    allowUnknownOverrideKeys: allowUnknownOverrideKeys as boolean,
  };
}

/** Earliest and latest accepted `refDate`: series reach a few centuries back, and timestamps keep four-digit years. */
const REF_MIN_MS = Date.UTC(1900, 0, 1);
const REF_MAX_MS = Date.UTC(9999, 0, 1);

function refDateMs(refDate: unknown): number {
  if (typeof refDate === 'object' && refDate !== null && !(refDate instanceof Date)) {
    throw invalid(
      'INVALID_DATE',
      "'refDate'",
      'a Date, epoch milliseconds or an ISO 8601 string with a zone',
      refDate,
      {
        details: { option: 'refDate' },
      },
    );
  }
  const ms = toEpochMs((refDate as DateInput | undefined) ?? generateDefaults.refDate, 'refDate');
  if (ms < REF_MIN_MS || ms >= REF_MAX_MS) {
    throw invalid('INVALID_DATE', "'refDate'", 'from 1900-01-01 to before 9999-01-01 (UTC)', refDate, {
      details: {
        option: 'refDate',
        min: new Date(REF_MIN_MS).toISOString(),
        max: new Date(REF_MAX_MS).toISOString(),
      },
    });
  }
  return ms;
}

/** Refuses, before any work, a call whose `count` events would be too much JSON to hold (a coded error). */
function checkCallSize(profile: string, kind: string, count: number, typicalBytes: number): void {
  if (count * typicalBytes <= MAX_CALL_BYTES) return;
  const most = Math.max(1, Math.floor(MAX_CALL_BYTES / typicalBytes));
  throw invalid(
    'INVALID_OPTION',
    "'count'",
    `at most ${most} for '${kind}' events of '${profile}' with these options (about ${kilobytes(typicalBytes)} of JSON each, and one call generates at most ${MAX_CALL_BYTES / 1024 / 1024} MiB)`,
    count,
    {
      details: { option: 'count', max: most, typicalBytes, maxBytes: MAX_CALL_BYTES },
      hint: 'Generate the series in several calls (with their own seeds), or fewer events.',
    },
  );
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The awkward variants of a call without any (immutable, so every call can share it). */
const noAwkwardness: ReadonlySet<Awkwardness> = new Set();

function awkwardSet(value: unknown): ReadonlySet<Awkwardness> {
  if (value === undefined) return noAwkwardness;
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [value];
  for (const item of list) {
    if (!awkwardnesses.includes(item as Awkwardness)) {
      throw invalid(
        'INVALID_OPTION',
        "'awkward'",
        `one of ${listChoices(awkwardnesses)} (or a list of them)`,
        item,
        {
          details: { option: 'awkward', valid: awkwardnesses },
        },
      );
    }
  }
  return new Set(list as Awkwardness[]);
}

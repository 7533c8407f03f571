import type { z } from 'zod';
import { SpikeKitError } from '../core/index.ts';
import {
  ANY_TEXT,
  escapeRegex,
  isMatcher,
  isRecord,
  m,
  type PactMatcher,
  type PactTemplate,
} from './template.ts';

/**
 * How a contract treats one field, whatever its schema says:
 * - `exact`: the example value itself (an interaction's identity, e.g. v2 `data_type` of a sleep update);
 * - `type-only`: the JSON type only, never a regex or a value (facts the kit decided: v2 `event_id` format);
 * - `any`: present, any value (facts nobody knows: v2 `event_type` values);
 * - `omit`: not in the contract at all (fields an event kind may or may not carry).
 */
export type FieldTreatment = 'exact' | 'type-only' | 'any' | 'omit';

/** A per-path override of what the schema alone would pin, with the reason (kept in the pact as a comment). */
export interface FieldRule {
  /** Dot path; `[*]` stands for every item of an array, e.g. `data[*].levels`, `[*].event_type`. */
  readonly path: string;
  readonly treat: FieldTreatment;
  /** Why, citing the source: e.g. `'[unconfirmed] values are unknown: any string'`. */
  readonly because: string;
}

/** Options of {@link matchersFromSchema}. */
export interface SchemaMatcherOptions {
  /** Example payloads (generator samples). At each path the first sample with a usable value is the example. */
  readonly samples: readonly unknown[];
  /** Overrides by path. */
  readonly rules?: readonly FieldRule[];
  /**
   * Paths of optional fields to include anyway, typed by the schema: what a consumer's handler relies on, e.g.
   * `['data[*].total_sleep']`, `['data.email']` (a key of an open record).
   */
  readonly require?: readonly string[];
}

/** What {@link matchersFromSchema} returns. */
export interface SchemaMatcherResult {
  /** The body with matchers, its examples taken from the samples. */
  readonly template: PactTemplate;
  /** Paths the contract deliberately leaves open, and why. */
  readonly unpinned: readonly { readonly path: string; readonly why: string }[];
}

interface ZodDef {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface ZodLike {
  readonly _zod: { readonly def: ZodDef; readonly optin?: string };
  safeParse(value: unknown): { readonly success: boolean };
}

type Node = { readonly template: PactTemplate } | { readonly omit: string };

interface Context {
  readonly rules: ReadonlyMap<string, FieldRule>;
  readonly required: ReadonlySet<string>;
  readonly unpinned: { path: string; why: string }[];
  readonly depth: number;
}

/**
 * Derives a Pact body template from a zod schema and example payloads: types via type matchers, the schema's
 * regexes (ids, timestamps) via regex matchers, integers vs other numbers, arrays via "each like" with the
 * schema's minimum length (0 unless the schema demands more). It pins no more than the schema states:
 * optional, nullable and unknown fields are left out, open records accept any keys, vocabularies (enums) are
 * typed as strings because Spike adds values, and `rules` loosen whatever the docs leave open.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when `schema` is not a zod schema.
 * @example
 * ```ts
 * import { z } from 'zod';
 * const schema = z.object({ id: z.uuid(), steps: z.int(), note: z.string().optional() });
 * const { template } = matchersFromSchema(schema, { samples: [{ id: '3f1c…', steps: 812 }] });
 * // { id: regex(uuid, '3f1c…'), steps: integer(812) }: `note` is optional, so it is not pinned
 * ```
 */
export function matchersFromSchema(schema: z.ZodType, options: SchemaMatcherOptions): SchemaMatcherResult {
  if (!isZod(schema)) {
    throw new SpikeKitError('INVALID_OPTION', 'matchersFromSchema needs a zod schema (zod 4).', {});
  }
  const ctx: Context = {
    rules: new Map((options.rules ?? []).map((rule) => [rule.path, rule])),
    required: new Set(options.require ?? []),
    unpinned: [],
    depth: 0,
  };
  const node = walk(schema, options.samples, '', ctx, false);
  const template = 'omit' in node ? m.anything(options.samples[0] ?? {}) : node.template;
  const seen = new Set<string>();
  const unpinned = ctx.unpinned.filter((u) => !seen.has(u.path) && seen.add(u.path));
  return { template, unpinned };
}

function isZod(value: unknown): value is ZodLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as ZodLike)._zod?.def?.type === 'string'
  );
}

function walk(
  schema: ZodLike,
  samples: readonly unknown[],
  path: string,
  ctx: Context,
  field: boolean,
): Node {
  if (ctx.depth > 64) return open(samples, path, ctx, 'nested too deeply to describe');
  const rule = ctx.rules.get(path);
  if (rule !== undefined) return applyRule(rule, schema, samples, path, ctx, field);
  return walkSchema(schema, samples, path, { ...ctx, depth: ctx.depth + 1 }, field, false);
}

function applyRule(
  rule: FieldRule,
  schema: ZodLike,
  samples: readonly unknown[],
  path: string,
  ctx: Context,
  field: boolean,
): Node {
  const label = path || '(root)';
  if (rule.treat === 'omit') {
    ctx.unpinned.push({ path: label, why: rule.because });
    return { omit: rule.because };
  }
  if (rule.treat === 'any') {
    ctx.unpinned.push({ path: label, why: rule.because });
    return { template: m.anything(samples[0] ?? 'any') };
  }
  if (rule.treat === 'exact') {
    if (samples.length === 0) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `Field rule 'exact' at '${label}' needs a sample with a value there.`,
        { path: label },
      );
    }
    return { template: samples[0] };
  }
  ctx.unpinned.push({ path: label, why: rule.because });
  return walkSchema(schema, samples, path, { ...ctx, depth: ctx.depth + 1 }, field, true);
}

function walkSchema(
  schema: ZodLike,
  samples: readonly unknown[],
  path: string,
  ctx: Context,
  field: boolean,
  typeOnly: boolean,
): Node {
  const def = schema._zod.def;
  const label = path || '(root)';
  let isField = field;
  if (isField && schema._zod.optin === 'optional') {
    if (!ctx.required.has(path)) {
      ctx.unpinned.push({ path: label, why: 'optional: an event may omit it' });
      return { omit: 'optional' };
    }
    // Required by the consumer: present, typed by the schema (null stays allowed when the schema allows it).
    isField = false;
  }
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return walk(def.innerType as ZodLike, samples, path, ctx, isField);
    case 'nullable': {
      if (isField) {
        ctx.unpinned.push({ path: label, why: 'nullable: may be null' });
        return { omit: 'nullable' };
      }
      return open(samples, path, ctx, 'nullable: may be null');
    }
    case 'pipe':
      return walk(def.in as ZodLike, samples, path, ctx, isField);
    case 'lazy':
      return walk((def.getter as () => ZodLike)(), samples, path, ctx, isField);
    case 'object':
      return { template: objectTemplate(def, samples, path, ctx) };
    case 'record':
      return { template: recordTemplate(def, samples, path, ctx) };
    case 'array':
      return { template: arrayTemplate(def, samples, path, ctx) };
    case 'tuple': {
      const items = def.items as readonly ZodLike[];
      const out = items.map((item, i) => {
        const child = walk(
          item,
          arrays(samples).map((s) => s[i]),
          `${path}[${i}]`,
          ctx,
          false,
        );
        return 'omit' in child ? m.anything(firstDefined(arrays(samples).map((s) => s[i]))) : child.template;
      });
      return { template: out };
    }
    case 'string':
      return { template: stringTemplate(schema, samples, path, ctx, typeOnly) };
    case 'template_literal':
      return { template: stringTemplate(schema, samples, path, ctx, typeOnly) };
    case 'number':
    case 'bigint':
      return { template: numberTemplate(def, samples) };
    case 'boolean':
      return { template: m.type(firstOfType(samples, 'boolean') ?? true) };
    case 'literal': {
      const values = def.values as readonly unknown[];
      if (typeOnly) return { template: m.type(firstDefined(samples) ?? values[0]) };
      if (values.length === 1) return { template: values[0] };
      return { template: choiceTemplate(values, samples, path, ctx) };
    }
    case 'enum': {
      const example = firstDefined(samples) ?? Object.values(def.entries as object)[0];
      ctx.unpinned.push({ path: label, why: 'a vocabulary: typed as a string, Spike may add values' });
      return { template: m.type(example) };
    }
    case 'union':
      return unionNode(def, samples, path, ctx, isField, typeOnly);
    case 'null':
      return { template: null };
    default:
      return open(samples, path, ctx, `no fixed shape (${def.type})`);
  }
}

function open(samples: readonly unknown[], path: string, ctx: Context, why: string): Node {
  ctx.unpinned.push({ path: path || '(root)', why });
  return { template: m.anything(firstDefined(samples) ?? 'any') };
}

function objectTemplate(def: ZodDef, samples: readonly unknown[], path: string, ctx: Context): PactTemplate {
  const shape = def.shape as Readonly<Record<string, ZodLike>>;
  const objects = samples.filter(isRecord);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape)) {
    const childSamples = objects.map((o) => o[key]).filter((v) => v !== undefined);
    const node = walk(child, childSamples, path ? `${path}.${key}` : key, ctx, true);
    if (!('omit' in node)) out[key] = node.template;
  }
  // Keys the consumer relies on that the schema does not describe (Spike does not document them): typed by the
  // sample, so a provider that never sends them fails verification.
  for (const key of requiredChildren(ctx, path)) {
    if (Object.hasOwn(shape, key)) continue;
    const values = objects.map((o) => o[key]).filter((v) => v !== undefined);
    if (values.length > 0) out[key] = fromJson(values[0]);
  }
  return out;
}

function requiredChildren(ctx: Context, path: string): string[] {
  const keys = new Set<string>();
  for (const p of ctx.required) {
    let rest: string;
    if (path === '') rest = p;
    else if (p.startsWith(`${path}.`)) rest = p.slice(path.length + 1);
    else continue;
    const key = rest.split(/[.[]/)[0];
    if (key) keys.add(key);
  }
  return [...keys];
}

/** A template typed by a JSON value alone (for fields no schema describes). */
function fromJson(value: unknown): PactTemplate {
  if (Array.isArray(value)) return m.arrayOf(fromJson(value[0] ?? 'any'), 0);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = fromJson(v);
    return out;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? m.integer(value) : m.number(value);
  if (value === null) return null;
  return m.type(value);
}

function recordTemplate(def: ZodDef, samples: readonly unknown[], path: string, ctx: Context): PactTemplate {
  const prefix = `${path}.`;
  const requiredKeys = [...ctx.required]
    .filter(
      (p) =>
        p.startsWith(prefix) &&
        !p.slice(prefix.length).includes('.') &&
        !p.slice(prefix.length).includes('['),
    )
    .map((p) => p.slice(prefix.length));
  if (requiredKeys.length > 0) {
    // The consumer relies on these keys: an object with at least them, each typed by the record's value schema.
    const out: Record<string, unknown> = {};
    for (const key of requiredKeys) {
      const values = samples
        .filter(isRecord)
        .map((o) => o[key])
        .filter((v) => v !== undefined);
      const node = walk(def.valueType as ZodLike, values, `${prefix}${key}`, ctx, false);
      out[key] = 'omit' in node ? m.anything(values[0] ?? 'any') : node.template;
    }
    return out;
  }
  const example = (samples.find(isRecord) as Record<string, unknown> | undefined) ?? {};
  const values = samples.filter(isRecord).flatMap((o) => Object.values(o));
  const at = ctx.unpinned.length;
  const node = walk(def.valueType as ZodLike, values, `${path}.*`, ctx, false);
  // eachValue takes one matcher per value: values with a nested shape (objects, arrays) are left open.
  const scalarRule =
    !('omit' in node) &&
    isMatcher(node.template) &&
    node.template.min === undefined &&
    (node.template.value === null || typeof node.template.value !== 'object');
  const rule = scalarRule ? (node.template as PactMatcher) : (m.anything('any') as PactMatcher);
  const anyValue = !scalarRule || (rule as PactMatcher).regex === ANY_TEXT;
  ctx.unpinned.splice(at, 0, {
    path: `${path || '(root)'}.*`,
    why: anyValue ? 'an open record: any keys, any values' : 'an open record: any keys',
  });
  return m.eachValue(example, [rule]);
}

function arrayTemplate(def: ZodDef, samples: readonly unknown[], path: string, ctx: Context): PactTemplate {
  const items = arrays(samples).flat();
  const node = walk(def.element as ZodLike, items, `${path}[*]`, ctx, false);
  const item = 'omit' in node ? m.anything(items[0] ?? 'any') : node.template;
  return m.arrayOf(item, minLength(def));
}

function minLength(def: ZodDef): number {
  let min = 0;
  for (const check of (def.checks as readonly { _zod: { def: Record<string, unknown> } }[] | undefined) ??
    []) {
    const c = check._zod.def;
    if ((c.check === 'min_length' || c.check === 'length_equals') && typeof c.minimum === 'number')
      min = Math.max(min, c.minimum);
    if (c.check === 'length_equals' && typeof c.length === 'number') min = Math.max(min, c.length);
  }
  return min;
}

function stringTemplate(
  schema: ZodLike,
  samples: readonly unknown[],
  path: string,
  ctx: Context,
  typeOnly: boolean,
): PactTemplate {
  const strings = samples.filter((s): s is string => typeof s === 'string');
  const example = strings[0] ?? 'string';
  if (typeOnly) return m.type(example);
  const pattern = stringPattern(schema._zod.def);
  if (pattern === undefined) return m.type(example);
  const rust = toRustRegex(pattern);
  const matching = strings.find((s) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(s));
  if (rust === undefined || matching === undefined) {
    ctx.unpinned.push({
      path: path || '(root)',
      why:
        rust === undefined
          ? 'its pattern uses JS-only regex syntax: typed as a string'
          : 'no sample matches its pattern: typed as a string',
    });
    return m.type(example);
  }
  return m.regex(rust, matching);
}

function stringPattern(def: ZodDef): RegExp | undefined {
  if (def.pattern instanceof RegExp) return def.pattern;
  for (const check of (def.checks as readonly { _zod: { def: Record<string, unknown> } }[] | undefined) ??
    []) {
    const pattern = check._zod.def.pattern;
    if (pattern instanceof RegExp) return pattern;
  }
  return undefined;
}

/**
 * A JS regular expression in the Rust `regex` syntax Pact's core uses, or `undefined` when it relies on what
 * Rust lacks (lookaround, backreferences).
 *
 * @example
 * ```ts
 * toRustRegex(/^a\/b$/i); // '(?i)^a/b$'
 * toRustRegex(/^(?!_)\w+$/); // undefined: Rust has no lookahead
 * ```
 */
export function toRustRegex(pattern: RegExp): string | undefined {
  const source = pattern.source;
  if (/\(\?<?[=!]/.test(source) || /\\[1-9]/.test(source) || /\\k</.test(source)) return undefined;
  const translated = source
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, '\\x{$1}')
    .replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}')
    .replace(/\\\//g, '/');
  const flags = [...pattern.flags].filter((f) => f === 'i' || f === 'm' || f === 's').join('');
  return flags ? `(?${flags})${translated}` : translated;
}

function numberTemplate(def: ZodDef, samples: readonly unknown[]): PactTemplate {
  const numbers = samples.filter((s): s is number => typeof s === 'number');
  const integer =
    (typeof def.format === 'string' && /int/.test(def.format)) ||
    ((def.checks as readonly { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).some(
      (c) => typeof c._zod.def.format === 'string' && /int/.test(c._zod.def.format as string),
    );
  if (integer) return m.integer(numbers.find(Number.isInteger) ?? 0);
  return m.number(numbers[0] ?? 0);
}

function choiceTemplate(
  values: readonly unknown[],
  samples: readonly unknown[],
  path: string,
  ctx: Context,
): PactTemplate {
  const example = firstDefined(samples) ?? values[0];
  if (values.every((v) => typeof v === 'string') && typeof example === 'string') {
    const alternatives = (values as string[]).map(escapeRegex).join('|');
    return m.regex(`^(?:${alternatives})$`, example);
  }
  ctx.unpinned.push({ path: path || '(root)', why: 'one of several values of different types' });
  return m.anything(example);
}

function unionNode(
  def: ZodDef,
  samples: readonly unknown[],
  path: string,
  ctx: Context,
  field: boolean,
  typeOnly: boolean,
): Node {
  const options = def.options as readonly ZodLike[];
  // Options whose only difference is nullability or absence (z.string().or(z.null())) are open.
  const withoutNull = options.filter((o) => o._zod.def.type !== 'null' && o._zod.def.type !== 'undefined');
  if (withoutNull.length < options.length) {
    if (field) {
      ctx.unpinned.push({ path: path || '(root)', why: 'may be null' });
      return { omit: 'nullable' };
    }
    return open(samples, path, ctx, 'may be null');
  }
  // Options of different JSON types (a string or an array): Spike may send either, so the value stays open.
  const kinds = new Set(withoutNull.map(jsonKindOf));
  if (kinds.size > 1 || kinds.has('mixed')) return open(samples, path, ctx, 'one of several JSON types');
  const first = samples[0];
  if (first !== undefined) {
    const chosen = withoutNull.find((o) => o.safeParse(first).success);
    if (chosen !== undefined) {
      const mine = samples.filter((s) => chosen.safeParse(s).success);
      // Strings of several formats (an IP is v4 or v6): one regex accepting each format.
      const patterns = withoutNull.map((o) =>
        o._zod.def.type === 'string' ? stringPattern(o._zod.def) : undefined,
      );
      if (
        !typeOnly &&
        typeof first === 'string' &&
        patterns.length > 1 &&
        patterns.every((p) => p !== undefined)
      ) {
        const rust = (patterns as RegExp[]).map(toRustRegex);
        if (rust.every((r) => r !== undefined)) {
          return { template: m.regex(rust.map((r) => `(?:${r})`).join('|'), first) };
        }
      }
      // Objects: the branch this sample is (a discriminated union). Scalars: only the common type is certain.
      return walkSchema(chosen, mine, path, ctx, field, typeOnly || !kinds.has('object'));
    }
  }
  if (withoutNull[0] !== undefined) return walkSchema(withoutNull[0], samples, path, ctx, field, true);
  return open(samples, path, ctx, 'one of several shapes');
}

/** The JSON type a schema's values have, or `'mixed'` when they may have several. */
function jsonKindOf(schema: ZodLike): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return jsonKindOf(def.innerType as ZodLike);
    case 'pipe':
      return jsonKindOf(def.in as ZodLike);
    case 'lazy':
      return jsonKindOf((def.getter as () => ZodLike)());
    case 'object':
    case 'record':
      return 'object';
    case 'array':
    case 'tuple':
      return 'array';
    case 'string':
    case 'template_literal':
    case 'enum':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'literal': {
      const kinds = new Set((def.values as readonly unknown[]).map(jsonKind));
      return kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    }
    case 'union': {
      const kinds = new Set((def.options as readonly ZodLike[]).map(jsonKindOf));
      return kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    }
    default:
      return 'mixed';
  }
}

function arrays(samples: readonly unknown[]): unknown[][] {
  return samples.filter((s): s is unknown[] => Array.isArray(s));
}

function firstDefined(values: readonly unknown[]): unknown {
  return values.find((v) => v !== undefined);
}

function firstOfType(values: readonly unknown[], type: string): unknown {
  return values.find((v) => typeof v === type);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

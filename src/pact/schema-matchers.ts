import type { z } from 'zod';
import { invalid } from '../core/index.ts';
import type { FieldRule } from '../schemas/field-rule.ts';
import { isRecord, scalarValues } from './json-values.ts';
import {
  choiceTemplate,
  formatsTemplate,
  jsonValueTemplate,
  numberTemplate,
  stringTemplate,
  type UnpinnedLog,
} from './leaf-matchers.ts';
import {
  ANY_TEXT,
  isMatcher,
  type PactMatcher,
  type PactTemplate,
  pactJsonMatchers,
} from './pact-json-matchers.ts';
import { requiredChildren, requiredRecordKeys } from './required-paths.ts';
import { arrayMinLength, isZod, jsonKindOf, type ZodDef, type ZodLike } from './zod-defs.ts';

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
  /**
   * The required paths Spike may leave out (`'omitted'`: optional) or send as `null` (`'null'`): each deserves an
   * interaction of its own without it (Pact has no optional fields).
   */
  readonly absentable: ReadonlyMap<string, readonly Absence[]>;
}

/** How Spike may leave out a field: omit it, or send `null`. */
export type Absence = 'omitted' | 'null';

function absence(ctx: Context, path: string, how: Absence): void {
  const list = ctx.absentable.get(path) ?? [];
  if (!list.includes(how)) ctx.absentable.set(path, [...list, how]);
}

type Node = { readonly template: PactTemplate } | { readonly omit: string };

interface Context {
  readonly rules: ReadonlyMap<string, FieldRule>;
  readonly required: ReadonlySet<string>;
  readonly unpinned: UnpinnedLog;
  readonly absentable: Map<string, Absence[]>;
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
    throw invalid('INVALID_OPTION', "matchersFromSchema's schema", 'a zod schema (zod 4)', schema);
  }
  const ctx: Context = {
    rules: new Map((options.rules ?? []).map((rule) => [rule.path, rule])),
    required: new Set(options.require ?? []),
    unpinned: [],
    absentable: new Map(),
    depth: 0,
  };
  const node = walk(schema, options.samples, '', ctx, false);
  const template = 'omit' in node ? pactJsonMatchers.anything(options.samples[0] ?? {}) : node.template;
  const seen = new Set<string>();
  const unpinned = ctx.unpinned.filter((u) => !seen.has(u.path) && seen.add(u.path));
  return { template, unpinned, absentable: ctx.absentable };
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
    return { template: pactJsonMatchers.anything(samples[0] ?? 'any') };
  }
  if (rule.treat === 'exact') {
    if (samples.length === 0) {
      throw invalid(
        'INVALID_OPTION',
        `The samples at '${label}'`,
        "a value to pin (field rule 'exact')",
        samples,
        {
          details: { path: label },
        },
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
    // Required by the consumer: present and typed by the schema, never null (its absence is another interaction).
    absence(ctx, path, 'omitted');
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
      if (isField && !ctx.required.has(path)) {
        ctx.unpinned.push({ path: label, why: 'nullable: may be null' });
        return { omit: 'nullable' };
      }
      if (ctx.required.has(path)) {
        absence(ctx, path, 'null');
        return walk(def.innerType as ZodLike, nonNull(samples), path, ctx, false);
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
        return 'omit' in child
          ? pactJsonMatchers.anything(firstDefined(arrays(samples).map((s) => s[i])))
          : child.template;
      });
      return { template: out };
    }
    case 'string':
      return { template: stringTemplate(schema, samples, path, ctx.unpinned, typeOnly) };
    case 'template_literal':
      return { template: stringTemplate(schema, samples, path, ctx.unpinned, typeOnly) };
    case 'number':
    case 'bigint':
      return { template: numberTemplate(def, samples) };
    case 'boolean':
      return { template: pactJsonMatchers.type(firstOfType(samples, 'boolean') ?? true) };
    case 'literal': {
      const values = def.values as readonly unknown[];
      if (typeOnly) return { template: pactJsonMatchers.type(firstDefined(samples) ?? values[0]) };
      if (values.length === 1) return { template: values[0] };
      return { template: choiceTemplate(values, samples, path, ctx.unpinned) };
    }
    case 'enum': {
      const example = firstDefined(samples) ?? Object.values(def.entries as object)[0];
      ctx.unpinned.push({ path: label, why: 'a vocabulary: typed as a string, Spike may add values' });
      return { template: pactJsonMatchers.type(example) };
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
  return { template: pactJsonMatchers.anything(firstDefined(samples) ?? 'any') };
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
  for (const key of requiredChildren(ctx.required, path)) {
    if (Object.hasOwn(shape, key)) continue;
    const values = objects.map((o) => o[key]).filter((v) => v !== undefined);
    if (values.length > 0) out[key] = jsonValueTemplate(values[0]);
  }
  return out;
}

function recordTemplate(def: ZodDef, samples: readonly unknown[], path: string, ctx: Context): PactTemplate {
  const prefix = `${path}.`;
  const requiredKeys = requiredRecordKeys(ctx.required, path);
  if (requiredKeys.length > 0) {
    // The consumer relies on these keys: an object with at least them, each typed by the record's value schema.
    const out: Record<string, unknown> = {};
    for (const key of requiredKeys) {
      const values = samples
        .filter(isRecord)
        .map((o) => o[key])
        .filter((v) => v !== undefined);
      const node = walk(def.valueType as ZodLike, values, `${prefix}${key}`, ctx, false);
      out[key] = 'omit' in node ? pactJsonMatchers.anything(values[0] ?? 'any') : node.template;
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
  const rule = scalarRule
    ? (node.template as PactMatcher)
    : (pactJsonMatchers.anything('any') as PactMatcher);
  const anyValue = !scalarRule || (rule as PactMatcher).regex === ANY_TEXT;
  ctx.unpinned.splice(at, 0, {
    path: `${path || '(root)'}.*`,
    why: anyValue ? 'an open record: any keys, any values' : 'an open record: any keys',
  });
  // Pact still compares a value with the example's JSON type when the example is a container (an array example
  // fails a string value, whatever the rule): values open to any JSON are written in a scalar form.
  return pactJsonMatchers.eachValue(anyValue ? scalarValues(example) : example, [rule]);
}

function arrayTemplate(def: ZodDef, samples: readonly unknown[], path: string, ctx: Context): PactTemplate {
  const items = arrays(samples).flat();
  const node = walk(def.element as ZodLike, items, `${path}[*]`, ctx, false);
  const item = 'omit' in node ? pactJsonMatchers.anything(items[0] ?? 'any') : node.template;
  return pactJsonMatchers.arrayOf(item, arrayMinLength(def));
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
  const required = ctx.required.has(path);
  if (withoutNull.length < options.length && !required) {
    if (field) {
      ctx.unpinned.push({ path: path || '(root)', why: 'may be null' });
      return { omit: 'nullable' };
    }
    return open(samples, path, ctx, 'may be null');
  }
  if (withoutNull.length < options.length) absence(ctx, path, 'null');
  const present = required ? nonNull(samples) : samples;
  // Options of different JSON types (a string or an array): Spike may send either, so the value stays open; a
  // value the consumer requires is typed like its example (Spike's other types are for verifyMessages to send).
  const kinds = new Set(withoutNull.map(jsonKindOf));
  if (kinds.size > 1 || kinds.has('mixed')) {
    if (required && present[0] !== undefined) return { template: pactJsonMatchers.type(present[0]) };
    return open(samples, path, ctx, 'one of several JSON types');
  }
  if (required && withoutNull.length === 1) {
    return walkSchema(withoutNull[0] as ZodLike, present, path, ctx, false, typeOnly);
  }
  const first = present[0];
  if (first !== undefined) {
    const chosen = withoutNull.find((o) => o.safeParse(first).success);
    if (chosen !== undefined) {
      const mine = present.filter((s) => chosen.safeParse(s).success);
      // Strings of several formats (an IP is v4 or v6): one regex accepting each format.
      if (!typeOnly && typeof first === 'string') {
        const formats = formatsTemplate(withoutNull, first);
        if (formats !== undefined) return { template: formats };
      }
      // Objects: the branch this sample is (a discriminated union). Scalars: only the common type is certain.
      return walkSchema(chosen, mine, path, ctx, field, typeOnly || !kinds.has('object'));
    }
  }
  if (withoutNull[0] !== undefined) return walkSchema(withoutNull[0], samples, path, ctx, field, true);
  return open(samples, path, ctx, 'one of several shapes');
}

function nonNull(samples: readonly unknown[]): unknown[] {
  return samples.filter((s) => s !== null);
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

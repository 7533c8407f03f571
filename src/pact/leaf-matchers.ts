// The matchers of leaf values in the schema walker: strings (by the schema's pattern), numbers, a choice of
// literals, a string of one of several formats, and JSON values no schema describes.
import { isRecord } from './json-values.ts';
import { type PactTemplate, pactJsonMatchers } from './pact-json-matchers.ts';
import { escapeRegex, toRustRegex } from './regex-syntax.ts';
import { isIntegerDef, stringPattern, type ZodDef, type ZodLike } from './zod-defs.ts';

/** Where the walker notes what a contract leaves open, and why. */
export type UnpinnedLog = { path: string; why: string }[];

/** A string: a regex matcher when the schema has a pattern Rust can read and a sample matches it, else its type. */
export function stringTemplate(
  schema: ZodLike,
  samples: readonly unknown[],
  path: string,
  unpinned: UnpinnedLog,
  typeOnly: boolean,
): PactTemplate {
  const strings = samples.filter((s): s is string => typeof s === 'string');
  const example = strings[0] ?? 'string';
  if (typeOnly) return pactJsonMatchers.type(example);
  const pattern = stringPattern(schema._zod.def);
  if (pattern === undefined) return pactJsonMatchers.type(example);
  const rust = toRustRegex(pattern);
  const matching = strings.find((s) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(s));
  if (rust === undefined || matching === undefined) {
    unpinned.push({
      path: path || '(root)',
      why:
        rust === undefined
          ? 'its pattern uses JS-only regex syntax: typed as a string'
          : 'no sample matches its pattern: typed as a string',
    });
    return pactJsonMatchers.type(example);
  }
  return pactJsonMatchers.regex(rust, matching);
}

/** A number: `integer` when the schema says so, else any number. */
export function numberTemplate(def: ZodDef, samples: readonly unknown[]): PactTemplate {
  const numbers = samples.filter((s): s is number => typeof s === 'number');
  if (isIntegerDef(def)) return pactJsonMatchers.integer(numbers.find(Number.isInteger) ?? 0);
  return pactJsonMatchers.number(numbers[0] ?? 0);
}

/** One of several literal values: a regex of the alternatives when they are strings, else any value. */
export function choiceTemplate(
  values: readonly unknown[],
  samples: readonly unknown[],
  path: string,
  unpinned: UnpinnedLog,
): PactTemplate {
  const example = samples.find((v) => v !== undefined) ?? values[0];
  if (values.every((v) => typeof v === 'string') && typeof example === 'string') {
    const alternatives = (values as string[]).map(escapeRegex).join('|');
    return pactJsonMatchers.regex(`^(?:${alternatives})$`, example);
  }
  unpinned.push({ path: path || '(root)', why: 'one of several values of different types' });
  return pactJsonMatchers.anything(example);
}

/**
 * A string of one of several formats (an IP is v4 or v6): one regex accepting each format, or `undefined` unless
 * every option is a string with a pattern Rust can read.
 */
export function formatsTemplate(options: readonly ZodLike[], example: string): PactTemplate | undefined {
  const patterns = options.map((o) => (o._zod.def.type === 'string' ? stringPattern(o._zod.def) : undefined));
  if (patterns.length <= 1 || !patterns.every((p) => p !== undefined)) return undefined;
  const rust = (patterns as RegExp[]).map(toRustRegex);
  if (!rust.every((r) => r !== undefined)) return undefined;
  return pactJsonMatchers.regex(rust.map((r) => `(?:${r})`).join('|'), example);
}

/** A template typed by a JSON value alone (for fields no schema describes). */
export function jsonValueTemplate(value: unknown): PactTemplate {
  if (Array.isArray(value)) return pactJsonMatchers.arrayOf(jsonValueTemplate(value[0] ?? 'any'), 0);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = jsonValueTemplate(v);
    return out;
  }
  if (typeof value === 'number')
    return Number.isInteger(value) ? pactJsonMatchers.integer(value) : pactJsonMatchers.number(value);
  if (value === null) return null;
  return pactJsonMatchers.type(value);
}

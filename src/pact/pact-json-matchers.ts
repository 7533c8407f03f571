/**
 * Pact body templates as plain data. A template is JSON in which some values are matcher objects
 * (`{ "pact:matcher:type": ..., value }`), the integration JSON format every Pact implementation reads. Building them
 * here needs no Pact import, so the schema walker and the contract definitions stay testable without the native core.
 */
import { invalid } from '../core/index.ts';
import { isRecord } from './json-values.ts';

/** The key that marks a matcher object in a Pact template. */
export const MATCHER_KEY = 'pact:matcher:type';

/** A Pact template: JSON, where any value may be a {@link PactMatcher}. */
export type PactTemplate = unknown;

/** One matcher of the Pact integration JSON format. */
export interface PactMatcher {
  readonly [MATCHER_KEY]: string;
  readonly value?: unknown;
  readonly regex?: string;
  readonly min?: number;
  readonly rules?: readonly PactMatcher[];
  readonly status?: unknown;
  /** `arrayContains`: the items the array must contain, in any order. */
  readonly variants?: readonly unknown[];
}

/** A regular expression that accepts any text (Pact applies it to the JSON form of non-strings too). */
export const ANY_TEXT = '^[\\s\\S]*$';

/**
 * Builders of the matchers the kit writes into Pact templates, as Pact's integration JSON (plain objects, no Pact
 * import). `value` is always a realistic example (a generator sample), so the reified message is a real Spike
 * payload. Use them in `spikeMessagePact`'s `body(template)` to tighten or loosen what a contract pins.
 *
 * @example
 * ```ts
 * import { pactJsonMatchers as match } from 'spike-webhook-kit/pact';
 * const body = { event_id: match.type('e-1'), data: match.arrayOf({ value: match.integer(7) }, 0) };
 * ```
 */
export const pactJsonMatchers = {
  /** Same JSON type as the example (any string, any object with at least the example's keys ...). */
  type: (value: unknown): PactMatcher => ({ [MATCHER_KEY]: 'type', value }),
  /** A whole number. */
  integer: (value: number): PactMatcher => {
    if (!Number.isInteger(value))
      throw invalid('INVALID_OPTION', 'pactJsonMatchers.integer(value)', 'a whole number', value);
    return { [MATCHER_KEY]: 'integer', value };
  },
  /** Any number, whole or fractional (a decimal field may carry `72`, which Pact's `decimal` rejects). */
  number: (value: number): PactMatcher => {
    if (!Number.isFinite(value))
      throw invalid('INVALID_OPTION', 'pactJsonMatchers.number(value)', 'a finite number', value);
    return { [MATCHER_KEY]: 'number', value };
  },
  /** A string matching `regex` (Rust regex syntax). */
  regex: (regex: string, value: string): PactMatcher => {
    for (const [what, text] of [
      ['regex', regex],
      ['value', value],
    ] as const) {
      if (typeof text !== 'string')
        throw invalid('INVALID_OPTION', `pactJsonMatchers.regex(regex, value)'s ${what}`, 'a string', text);
    }
    return { [MATCHER_KEY]: 'regex', regex, value };
  },
  /** An array of at least `min` items, each like `item`. */
  arrayOf: (item: PactTemplate, min = 0): PactMatcher => {
    if (!Number.isInteger(min) || min < 0)
      throw invalid(
        'INVALID_OPTION',
        "pactJsonMatchers.arrayOf(item, min)'s min",
        'a whole number from 0',
        min,
      );
    return { [MATCHER_KEY]: 'type', min, value: [item] };
  },
  /**
   * An array that contains an item like each variant, in any order, beside any other items (Pact V4
   * `arrayContains`): a batch that must hold these events, whatever else it holds.
   */
  arrayContaining: (variants: readonly PactTemplate[]): PactMatcher => {
    if (!Array.isArray(variants) || variants.length === 0)
      throw invalid(
        'INVALID_OPTION',
        'pactJsonMatchers.arrayContaining(variants)',
        'a non-empty list',
        variants,
      );
    return { [MATCHER_KEY]: 'arrayContains', variants };
  },
  /** An object with any keys, each value matching every rule (no rule at all is not accepted by Pact). */
  eachValue: (example: Record<string, unknown>, rules: readonly PactMatcher[]): PactMatcher => {
    if (!isRecord(example))
      throw invalid(
        'INVALID_OPTION',
        "pactJsonMatchers.eachValue(example, rules)'s example",
        'an object',
        example,
      );
    if (!Array.isArray(rules) || rules.length === 0 || !rules.every(isMatcher)) {
      throw invalid(
        'INVALID_OPTION',
        "pactJsonMatchers.eachValue(example, rules)'s rules",
        'a non-empty list of matchers',
        rules,
      );
    }
    return { [MATCHER_KEY]: 'eachValue', rules, value: example };
  },
  /**
   * Any value: a scalar example accepts any scalar or container; an object example accepts any object; an array
   * example accepts any array. Used for what Spike leaves open.
   */
  anything: (example: unknown): PactTemplate => {
    if (Array.isArray(example))
      return pactJsonMatchers.arrayOf(pactJsonMatchers.anything(example[0] ?? 'any'), 0);
    if (isRecord(example))
      return pactJsonMatchers.eachValue(example, [pactJsonMatchers.regex(ANY_TEXT, 'any')]);
    return { [MATCHER_KEY]: 'regex', regex: ANY_TEXT, value: example };
  },
};

/**
 * True when `value` is a matcher object.
 *
 * @example
 * ```ts
 * isMatcher(pactJsonMatchers.integer(3)); // true
 * isMatcher({ value: 3 });               // false
 * ```
 */
export function isMatcher(value: unknown): value is PactMatcher {
  return isRecord(value) && typeof value[MATCHER_KEY] === 'string';
}

/**
 * The example a template describes: every matcher replaced by its example value, recursively. This is the
 * message a consumer test hands to its handler.
 *
 * @example
 * ```ts
 * reifyTemplate({ id: pactJsonMatchers.type('e-1'), n: [pactJsonMatchers.integer(3)] }); // { id: 'e-1', n: [3] }
 * ```
 */
export function reifyTemplate(template: PactTemplate): unknown {
  return reify(template, new Set());
}

/** {@link reifyTemplate} with the objects it is inside, so a circular template is refused instead of recursing forever. */
function reify(template: PactTemplate, inside: Set<object>): unknown {
  if (typeof template !== 'object' || template === null) return template;
  if (inside.has(template)) {
    throw invalid('INVALID_OPTION', 'A Pact template', 'JSON without cycles', template, {
      hint: 'An object of the template contains itself: build the template as plain JSON data.',
    });
  }
  inside.add(template);
  try {
    if (isMatcher(template))
      return reify(Array.isArray(template.variants) ? template.variants : template.value, inside);
    if (Array.isArray(template)) return template.map((item) => reify(item, inside));
    if (!isRecord(template)) return template;
    const out: Record<string, unknown> = {};
    // defineProperty keeps an own `__proto__` key as data (an assignment would set the prototype instead).
    for (const [key, value] of Object.entries(template)) {
      Object.defineProperty(out, key, {
        value: reify(value, inside),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    inside.delete(template);
  }
}

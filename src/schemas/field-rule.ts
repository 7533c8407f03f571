/**
 * How a contract treats one field, whatever its schema says:
 * - `exact`: the example value itself (an interaction's identity, e.g. v2 `data_type` of a sleep update);
 * - `type-only`: the JSON type only, never a regex or a value (facts the kit decided: v2 `event_id` format);
 * - `any`: present, any value (facts nobody knows: v2 `event_type` values);
 * - `omit`: not in the contract at all (fields an event kind may or may not carry).
 */
export type FieldTreatment = 'exact' | 'type-only' | 'any' | 'omit';

/**
 * A per-path override of what the schema alone would pin, with the reason (kept in the pact as a comment).
 *
 * @example
 * ```ts
 * const rule: FieldRule = { path: 'event_type', treat: 'type-only', because: '[unconfirmed] any string' };
 * ```
 */
export interface FieldRule {
  /** Dot path; `[*]` stands for every item of an array, e.g. `data[*].levels`, `[*].event_type`. */
  readonly path: string;
  readonly treat: FieldTreatment;
  /** Why, citing the source: e.g. `'[unconfirmed] values are unknown: any string'`. */
  readonly because: string;
}

/**
 * The rule that pins a field exactly because it names the interaction (its kind).
 *
 * @example
 * ```ts
 * identityRule('event', "[seed] 'submission.created'"); // { path: 'event', treat: 'exact', because: ... }
 * ```
 */
export function identityRule(path: string, what: string): FieldRule {
  return { path, treat: 'exact', because: `${what}: the identity of the interaction` };
}

/**
 * Deliberately awkward payload variants, for testing how a receiver copes:
 * - `unknown-fields`: extra fields Spike might add later, at the root and inside items;
 * - `unknown-kind`: a `data_type` / `event_type` / `event` value the receiver has never seen;
 * - `empty-optionals`: optional fields present but empty (`''`, `[]`, `{}`) where the schema accepts an empty value;
 * - `null-optionals`: optional fields present as `null` where the schema lets Spike send `null` (v3
 *   `provider_integration_*` fields, forms fields, a few v2 fields such as the ECG `lead`);
 * - `minimal`: optional fields omitted altogether;
 * - `large`: a very large payload (long series, big batches, long texts).
 * Bodies whose bytes re-serialise differently are a delivery concern: see `buildDelivery`'s `bodyStyle`.
 */
export type Awkwardness =
  | 'unknown-fields'
  | 'unknown-kind'
  | 'empty-optionals'
  | 'null-optionals'
  | 'minimal'
  | 'large';

/**
 * Every {@link Awkwardness}.
 *
 * @example
 * ```ts
 * for (const awkward of awkwardnesses) generate('spike-forms', { awkward });
 * ```
 */
export const awkwardnesses: readonly Awkwardness[] = [
  'unknown-fields',
  'unknown-kind',
  'empty-optionals',
  'null-optionals',
  'minimal',
  'large',
];

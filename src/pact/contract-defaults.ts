import type { DateInput } from '../core/index.ts';
import { kitDefaults } from '../core/index.ts';

/**
 * Defaults of contract generation: fixed, so the same definitions always give byte-identical pact files.
 *
 * @example
 * ```ts
 * eventBody('spike-forms', 'contact', { seed: contractDefaults.seed + 1 });
 * ```
 */
export const contractDefaults = {
  /** Seed of the first sample; samples `i` use `seed + i`. */
  seed: kitDefaults.seed,
  /** Reference date of the samples. */
  refDate: kitDefaults.refDate,
  /** Samples per kind: the first gives the examples, all of them give array items. */
  samples: 3,
  /** The secret of the example signatures written into HTTP contracts (replays are re-signed). */
  exampleSecret: 'example-webhook-secret',
  /**
   * The key of the "signed with another secret" interaction: its example signature is an HMAC with this key, and
   * replays of it are re-signed with it, so the endpoint sees a well-formed signature made with a key it does not hold.
   */
  wrongSecret: 'spike-webhook-kit: not the webhook secret',
} as const;

/** Options of contract generation. */
export interface ContractOptions {
  readonly seed?: number;
  readonly refDate?: DateInput;
  readonly samples?: number;
}

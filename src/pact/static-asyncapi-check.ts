// The static half of `verifyMessages`: each given pact file's message interactions compared with the profile's
// AsyncAPI document (check-asyncapi.ts), before Pact replays them. A missing optional comparator is a notice.
import { isSpikeKitError } from '../core/index.ts';
import type { Profile } from '../profiles/index.ts';
import { asyncApiDocument } from '../schemas/asyncapi-document.ts';
import { checkPactAgainstAsyncApi } from './check-asyncapi.ts';

/** What the static check found over the given pacts. */
export interface StaticAsyncApiCheck {
  /** Failures: `<pact source>: '<interaction>': <what is wrong, where>`. */
  readonly failures: readonly string[];
  /** Problems of pending interactions (not fatal), worded as the failures. */
  readonly warnings: readonly string[];
  /** Why the check did not run, if it did not. */
  readonly notices: readonly string[];
}

/** The descriptions of a pact's pending interactions (V4 `pending: true`). */
function pendingOf(json: Readonly<Record<string, unknown>>): Set<string> {
  const interactions = Array.isArray(json.interactions)
    ? (json.interactions as Record<string, unknown>[])
    : [];
  return new Set(
    interactions
      .filter((i) => i.pending === true && typeof i.description === 'string')
      .map((i) => i.description as string),
  );
}

/**
 * Compares the message interactions of each pact with the AsyncAPI document of `profile`: a field Spike never
 * sends, a value of the wrong type or outside Spike's vocabulary. Without `@pactflow/openapi-pact-comparator` it
 * checks nothing and says so in `notices`.
 *
 * @example
 * ```ts
 * const { failures } = await staticAsyncApiCheck(getProfile('spike-forms'), [{ source: file, json }]);
 * ```
 */
export async function staticAsyncApiCheck(
  profile: Profile,
  pacts: readonly { readonly source: string; readonly json: Readonly<Record<string, unknown>> }[],
): Promise<StaticAsyncApiCheck> {
  const failures: string[] = [];
  const warnings: string[] = [];
  if (pacts.length === 0) return { failures, warnings, notices: [] };
  const document = asyncApiDocument(profile);
  for (const { source, json } of pacts) {
    let problems: Awaited<ReturnType<typeof checkPactAgainstAsyncApi>>;
    try {
      problems = await checkPactAgainstAsyncApi(json, profile, document);
    } catch (error) {
      if (!isSpikeKitError(error, 'OPTIONAL_DEPENDENCY_MISSING')) throw error;
      return {
        failures: [],
        warnings: [],
        notices: [
          `the pacts were not checked statically against Spike's AsyncAPI document: install @pactflow/openapi-pact-comparator (>= 2.3) as a dev dependency to check them`,
        ],
      };
    }
    const pending = pendingOf(json);
    for (const problem of problems) {
      const line = `${source}: '${problem.interaction}' is not a message Spike sends (AsyncAPI ${problem.code}): ${problem.message}`;
      if (pending.has(problem.interaction)) warnings.push(`pending interaction (not fatal): ${line}`);
      else failures.push(line);
    }
  }
  return { failures, warnings, notices: [] };
}

// Static check of message pacts against the AsyncAPI 3 document of a profile, with PactFlow's
// @pactflow/openapi-pact-comparator (an optional peer dependency, loaded with import()). Each message interaction is
// compared with the messages of the operation it references (`comments.references.AsyncAPI.operationId`, written by
// Pact's `reference('AsyncAPI', 'operationId', …)`), or with every message of the profile when it references none.
import { readFileSync } from 'node:fs';
import { invalid, SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type AsyncApiDocument, anyKindOperationId, asyncApiDocument } from '../schemas/asyncapi-document.ts';

/** One way a pact's interaction disagrees with the AsyncAPI document. */
export interface AsyncApiProblem {
  /** The interaction's description. */
  readonly interaction: string;
  /** The comparator's result code, e.g. `message.payload.incompatible`. */
  readonly code: string;
  /** What is wrong, in words, with where in the pact. */
  readonly message: string;
}

type ComparatorModule = typeof import('@pactflow/openapi-pact-comparator');
let cached: Promise<ComparatorModule> | undefined;

function loadComparator(): Promise<ComparatorModule> {
  cached ??= import('@pactflow/openapi-pact-comparator').catch((error: unknown) => {
    cached = undefined;
    throw new SpikeKitError(
      'OPTIONAL_DEPENDENCY_MISSING',
      `Checking pacts against AsyncAPI needs @pactflow/openapi-pact-comparator (>= 2.3): npm install --save-dev @pactflow/openapi-pact-comparator. (${(error as Error).message})`,
      { dependency: '@pactflow/openapi-pact-comparator' },
      { cause: error },
    );
  });
  return cached;
}

interface PactJson {
  interactions?: Record<string, unknown>[];
  [key: string]: unknown;
}

function readPact(pact: string | object): PactJson {
  if (typeof pact !== 'string') return structuredClone(pact) as PactJson;
  let text: string;
  try {
    text = readFileSync(pact, 'utf8');
  } catch (error) {
    throw invalid('INVALID_OPTION', 'pact', 'a readable pact file or a parsed pact', pact, { cause: error });
  }
  try {
    return JSON.parse(text) as PactJson;
  } catch (error) {
    throw invalid('INVALID_OPTION', 'pact', 'a pact file of JSON', pact, { cause: error });
  }
}

interface Cause {
  readonly message: string;
  readonly mockDetails?: { readonly location?: string };
  readonly specDetails?: { readonly location?: string };
}

/**
 * What keeps an interaction from the message it comes closest to (the one with the fewest causes): `Closest:
 * sleep (…)`, each cause once with where in the pact, so an any-kind check does not list every kind's mismatches.
 */
function closestMessage(causes: readonly Cause[]): string {
  const byMessage = new Map<string, Set<string>>();
  for (const cause of causes) {
    const message = /messages\.([^.[\]]+)/.exec(cause.specDetails?.location ?? '')?.[1] ?? '(message)';
    const what = cause.message.replace(
      /^Message payload is incompatible with the schema in the spec file: /,
      '',
    );
    const at = (cause.mockDetails?.location ?? '').replace(
      /^\[root\]\.interactions\[\d+\]\.contents\.content/,
      '$',
    );
    const set = byMessage.get(message) ?? new Set<string>();
    byMessage.set(message, set);
    set.add(`${what} at ${at === '' ? '$' : at}`);
  }
  let best: [string, Set<string>] | undefined;
  for (const entry of byMessage) if (best === undefined || entry[1].size < best[1].size) best = entry;
  return best === undefined ? '' : `Closest message '${best[0]}': ${[...best[1]].join('; ')}`;
}

/** The operation an interaction references, made explicit: the any-kind operation when it names none. */
function withReference(interaction: Record<string, unknown>): Record<string, unknown> {
  const comments = (interaction.comments ?? {}) as Record<string, unknown>;
  const references = (comments.references ?? {}) as Record<string, unknown>;
  if (references.AsyncAPI !== undefined) return interaction;
  return {
    ...interaction,
    comments: { ...comments, references: { ...references, AsyncAPI: { operationId: anyKindOperationId } } },
  };
}

/**
 * Compares the message interactions of a pact (V4 file path or parsed JSON) with the profile's AsyncAPI document
 * (or one given): an example body that is not one of Spike's messages, a field Spike never sends, a value of the
 * wrong type. HTTP interactions are not compared. Empty when the pact agrees.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an unreadable pact; `OPTIONAL_DEPENDENCY_MISSING` without the
 * comparator installed.
 * @example
 * ```ts
 * const problems = await checkPactAgainstAsyncApi('pacts/orders-api-spike-health-v2.json', 'spike-health-v2');
 * ```
 */
export async function checkPactAgainstAsyncApi(
  pact: string | object,
  profile: ProfileRef,
  document: AsyncApiDocument = asyncApiDocument(getProfile(profile)),
): Promise<AsyncApiProblem[]> {
  const json = readPact(pact);
  const interactions = (json.interactions ?? []).map((i) =>
    i.type === 'Asynchronous/Messages' ? withReference(i) : i,
  );
  const { Comparator } = await loadComparator();
  const comparator = new Comparator({ asyncapi: document as never });
  const problems: AsyncApiProblem[] = [];
  for await (const result of comparator.compare({ ...json, interactions } as never)) {
    if (result.type !== 'error') continue;
    const at = /interactions\[(\d+)\]/.exec(result.mockDetails?.location ?? '');
    const description = at === null ? undefined : interactions[Number(at[1])]?.description;
    const detail = closestMessage((result as { causes?: readonly Cause[] }).causes ?? []);
    problems.push({
      interaction: typeof description === 'string' ? description : '(the pact)',
      code: result.code,
      message: detail === '' ? result.message : `${result.message}. ${detail}`,
    });
  }
  return problems;
}

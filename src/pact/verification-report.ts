import { SpikeKitError } from '../core/index.ts';
import type { KitAnswer } from './forward-request.ts';

/** One interaction's outcome in a verification. */
export interface InteractionOutcome {
  readonly consumer: string;
  readonly provider: string;
  readonly description: string;
  readonly states: readonly string[];
  readonly ok: boolean;
  /** A pending interaction or pact: its failure is reported but does not fail the verification. */
  readonly pending: boolean;
  /** What did not match, in Pact's words (for messages, first the variant that broke it, in the kit's). */
  readonly mismatches: readonly string[];
  /** For messages: the variant of Spike's message that broke the expectation (`'minimal'` ...), if one did. */
  readonly variant?: string;
}

/** Turns the outcomes Pact reports into those of the report (e.g. one per interaction from one per variant). */
export type OutcomeRewrite = (outcomes: readonly InteractionOutcome[]) => InteractionOutcome[];

/** The outcome of `verifyEndpoint` / `verifyMessages`. */
export interface VerificationReport {
  readonly ok: boolean;
  readonly interactions: readonly InteractionOutcome[];
  /** What the kit did beside verifying, e.g. interactions it skipped and why. Empty when nothing. */
  readonly notices: readonly string[];
  /**
   * Pending interactions that failed: not fatal (a new expectation, or one of the kit's unconfirmed assumptions),
   * but worth reading, one line each with Pact's mismatch. Empty when none failed.
   */
  readonly warnings: readonly string[];
}

interface RawMismatch {
  readonly type?: string;
  readonly mismatch?: string;
  readonly path?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly message?: string;
}
interface RawResult {
  readonly consumer?: string;
  readonly provider?: string;
  readonly description?: string;
  readonly providerStates?: readonly string[];
  readonly result?: string;
  readonly pending?: boolean;
  readonly mismatch?: {
    readonly type?: string;
    readonly message?: string;
    readonly mismatches?: readonly RawMismatch[];
  };
}
interface RawReport {
  readonly result?: boolean;
  readonly interactionResults?: readonly RawResult[];
  readonly errors?: readonly { readonly interaction?: string; readonly mismatch?: RawResult['mismatch'] }[];
}

/** Parses what Pact's verifier resolves or rejects with into a {@link VerificationReport}, if it can. */
export function parseVerifierOutput(raw: unknown, rewrite?: OutcomeRewrite): VerificationReport | undefined {
  const text = raw instanceof Error ? raw.message : typeof raw === 'string' ? raw : undefined;
  let json: RawReport | undefined;
  if (text !== undefined) {
    const start = text.indexOf('{');
    if (start !== -1) {
      try {
        json = JSON.parse(text.slice(start)) as RawReport;
      } catch {
        json = undefined;
      }
    }
  } else if (typeof raw === 'object' && raw !== null) {
    json = raw as RawReport;
  }
  if (json?.interactionResults === undefined) return undefined;
  const outcomes = json.interactionResults.map((r) => ({
    consumer: r.consumer ?? '',
    provider: r.provider ?? '',
    description: r.description ?? '',
    states: r.providerStates ?? [],
    ok: r.result === 'OK',
    pending: r.pending === true,
    mismatches: describeMismatch(r.mismatch),
  }));
  const interactions = rewrite === undefined ? outcomes : rewrite(outcomes);
  const warnings = interactions
    .filter((i) => i.pending && !i.ok)
    .map(
      (i) =>
        `pending interaction failed (not fatal): ${i.description}${i.states.length ? ` (given ${i.states.join(', ')})` : ''}: ${i.mismatches.join('; ') || 'no detail'}`,
    );
  return { ok: interactions.every((i) => i.ok || i.pending), interactions, notices: [], warnings };
}

/** The messages of Pact's own errors in a verifier output (a pact that failed to load ...). */
function verifierErrors(raw: unknown): string[] {
  const text = raw instanceof Error ? raw.message : typeof raw === 'string' ? raw : undefined;
  let json: RawReport | undefined;
  try {
    json = text === undefined ? (raw as RawReport) : (JSON.parse(text.slice(text.indexOf('{'))) as RawReport);
  } catch {
    return [];
  }
  return (json?.errors ?? []).map((e) =>
    [e.interaction, e.mismatch?.message].filter((part) => typeof part === 'string' && part !== '').join(': '),
  );
}

/**
 * The report of a verification that passed, with the kit's notices.
 *
 * @throws {SpikeKitError} `PACT_FAILED` when it verified no interaction at all (an empty pact, a broker without
 *   pacts for the provider): a verification of nothing is never `ok: true`.
 */
export function passedReport(
  what: string,
  origin: string,
  output: unknown,
  notices: readonly string[],
  rewrite?: OutcomeRewrite,
): VerificationReport {
  const report = parseVerifierOutput(output, rewrite);
  if (report === undefined || report.interactions.length === 0) {
    throw new SpikeKitError(
      'PACT_FAILED',
      `${what} verified no interaction: ${origin} has none for this provider, so nothing was checked.${notices.map((n) => `\n  note: ${n}`).join('')}`,
      { source: origin, interactions: [], notes: [...notices] },
    );
  }
  return { ...report, notices: [...notices] };
}

/** True when the failed `outcome` got an answer the kit produced itself (not the endpoint's). */
function kitCaused(outcome: InteractionOutcome, answers: readonly KitAnswer[]): KitAnswer | undefined {
  const text = outcome.mismatches.join('\n');
  return answers.find(
    (answer) =>
      (answer.state === undefined ? outcome.states.length === 0 : outcome.states.includes(answer.state)) &&
      (text.includes(String(answer.status)) || !/\b\d{3}\b/.test(text)),
  );
}

function describeMismatch(mismatch: RawResult['mismatch']): string[] {
  if (mismatch === undefined) return [];
  if (mismatch.mismatches === undefined) return [mismatch.message ?? 'the request failed'];
  return mismatch.mismatches.map((m) => {
    const where = m.type === 'StatusMismatch' ? 'status' : (m.path ?? m.type ?? '');
    return `${where}: ${m.mismatch ?? m.message ?? JSON.stringify(m)}`;
  });
}

/**
 * A readable `PACT_FAILED` error from a verifier failure: each failing interaction with its mismatches and hints,
 * plus notes the kit recorded while replaying.
 */
export function verificationError(
  what: string,
  error: unknown,
  hints: (outcome: InteractionOutcome) => string[],
  notes: readonly string[],
  kitAnswers: readonly KitAnswer[] = [],
  rewrite?: OutcomeRewrite,
): SpikeKitError {
  const report = parseVerifierOutput(error, rewrite);
  const lines: string[] = [];
  if (report === undefined) {
    lines.push(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  } else if (report.interactions.length === 0) {
    const errors = verifierErrors(error);
    lines.push(`${what} failed: it verified no interaction.`, ...errors.map((e) => `  Pact: ${e}`));
  } else {
    // A pending interaction's failure does not count, unless the kit produced the answer (a setup problem).
    const failed = report.interactions.filter(
      (i) => !i.ok && (!i.pending || kitCaused(i, kitAnswers) !== undefined),
    );
    lines.push(
      `${what} failed: ${failed.length} of ${report.interactions.length} interactions did not match.`,
    );
    // With several contracts (Spike's and the kit policy), each line says which consumer it came from.
    const consumers = new Set(report.interactions.map((i) => i.consumer));
    // Interactions that failed the same way are listed together, with the reason once.
    const groups = new Map<string, string[]>();
    for (const outcome of failed) {
      // An answer the kit produced is a setup problem with its real cause: no hint may blame the endpoint for it.
      const kit = kitCaused(outcome, kitAnswers);
      const details = [
        ...outcome.mismatches.map((mismatch) => `      ${mismatch}`),
        ...(kit === undefined
          ? hints(outcome).map((hint) => `      hint: ${hint}`)
          : [`      kit error (an answer the kit produced, not the endpoint's answer): ${kit.cause}`]),
      ].join('\n');
      const given = outcome.states.length ? ` (given ${outcome.states.join(', ')})` : '';
      const from = consumers.size > 1 ? ` [consumer ${outcome.consumer}]` : '';
      groups.set(details, [...(groups.get(details) ?? []), `  ✗ ${outcome.description}${given}${from}`]);
    }
    for (const [details, names] of groups) lines.push(...names, details);
  }
  const unexplained = report === undefined ? kitAnswers : [];
  for (const cause of [...new Set(unexplained.map((a) => a.cause))]) {
    lines.push(`  kit error (an answer the kit produced, not the endpoint's answer): ${cause}`);
  }
  for (const note of [...new Set(notes)]) lines.push(`  note: ${note}`);
  return new SpikeKitError('PACT_FAILED', lines.join('\n'), {
    interactions: report?.interactions ?? [],
    notes: [...notes],
    kitErrors: kitAnswers.map((a) => ({ ...a })),
  });
}

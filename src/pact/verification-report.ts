import { SpikeKitError } from '../core/index.ts';

/** One interaction's outcome in a verification. */
export interface InteractionOutcome {
  readonly consumer: string;
  readonly provider: string;
  readonly description: string;
  readonly states: readonly string[];
  readonly ok: boolean;
  /** A pending interaction or pact: its failure is reported but does not fail the verification. */
  readonly pending: boolean;
  /** What did not match, in Pact's words. */
  readonly mismatches: readonly string[];
}

/** The outcome of `verifyEndpoint` / `verifyMessages`. */
export interface VerificationReport {
  readonly ok: boolean;
  readonly interactions: readonly InteractionOutcome[];
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
export function parseVerifierOutput(raw: unknown): VerificationReport | undefined {
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
  const interactions = json.interactionResults.map((r) => ({
    consumer: r.consumer ?? '',
    provider: r.provider ?? '',
    description: r.description ?? '',
    states: r.providerStates ?? [],
    ok: r.result === 'OK',
    pending: r.pending === true,
    mismatches: describeMismatch(r.mismatch),
  }));
  return { ok: interactions.every((i) => i.ok || i.pending), interactions };
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
): SpikeKitError {
  const report = parseVerifierOutput(error);
  const lines: string[] = [];
  if (report === undefined) {
    lines.push(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  } else {
    const failed = report.interactions.filter((i) => !i.ok && !i.pending);
    lines.push(
      `${what} failed: ${failed.length} of ${report.interactions.length} interactions did not match.`,
    );
    // Interactions that failed the same way are listed together, with the reason once.
    const groups = new Map<string, string[]>();
    for (const outcome of failed) {
      const details = [
        ...outcome.mismatches.map((mismatch) => `      ${mismatch}`),
        ...hints(outcome).map((hint) => `      hint: ${hint}`),
      ].join('\n');
      const given = outcome.states.length ? ` (given ${outcome.states.join(', ')})` : '';
      groups.set(details, [...(groups.get(details) ?? []), `  ✗ ${outcome.description}${given}`]);
    }
    for (const [details, names] of groups) lines.push(...names, details);
  }
  for (const note of [...new Set(notes)]) lines.push(`  note: ${note}`);
  return new SpikeKitError('PACT_FAILED', lines.join('\n'), {
    interactions: report?.interactions ?? [],
    notes: [...notes],
  });
}

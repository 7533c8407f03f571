import { SpikeKitError } from '../core/index.ts';
import { compileMessageTemplate, type Profile } from '../profiles/index.ts';

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

/** What the profile signs, in words, for hints. */
export function signedBytesInWords(profile: Profile): string {
  return compileMessageTemplate(profile.signature.signs)
    .map((part) =>
      part.type === 'body'
        ? 'the raw body bytes'
        : part.type === 'timestamp'
          ? `the ${profile.signature.timestampHeader ?? 'timestamp'} value`
          : part.type === 'field'
            ? `the '${part.path.join('.')}' value only`
            : JSON.stringify(part.text),
    )
    .join(' + ');
}

/** Hints for an HTTP interaction's status mismatch, from the profile's facts. */
export function endpointHints(profile: Profile, outcome: InteractionOutcome): string[] {
  const hints: string[] = [];
  const text = outcome.mismatches.join('\n');
  const actual = Number(/status code (\d{3})|but was (\d{3})/.exec(text)?.slice(1).find(Boolean));
  const expectsClientError = /Client error/i.test(text);
  const expectsSuccess = !expectsClientError && /Successful|expected 2\d\d but/i.test(text);
  const spec = profile.signature;
  if (expectsClientError && actual >= 200 && actual < 300) {
    hints.push(
      `The endpoint accepted a delivery whose ${spec.header} is wrong or missing: verify it (HMAC-SHA256 over ${signedBytesInWords(profile)} with the ${spec.key}) before processing, and answer 4xx when it does not match.`,
    );
  } else if (expectsSuccess && (actual === 401 || actual === 403 || actual === 400)) {
    const signsBody = compileMessageTemplate(spec.signs).some((part) => part.type === 'body');
    hints.push(
      `The endpoint rejected a delivery signed exactly as Spike signs it: ${spec.header} is HMAC-SHA256 over ${signedBytesInWords(profile)} with the ${spec.key}. ${
        signsBody
          ? 'Verify the bytes as received (express.raw(), not express.json() + JSON.stringify), and check the secret.'
          : 'Compute the HMAC over that value alone, not over the body, and check the secret.'
      }`,
    );
  } else if (expectsSuccess && actual >= 200 && actual < 300) {
    const codes = profile.success
      .map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`))
      .join(', ');
    hints.push(
      `${profile.id} counts only ${codes} as delivered: ${actual} is a failure to Spike, which retries. Answer ${profile.success[0]?.from ?? 200}.`,
    );
  } else if (actual >= 500) {
    hints.push('The endpoint failed with a 5xx: see its logs (and the notes below).');
  }
  return hints;
}

/** Hints for a message interaction's mismatches. */
export function messageHints(profile: Profile, outcome: InteractionOutcome): string[] {
  const text = outcome.mismatches.join('\n');
  const hints: string[] = [];
  if (/missing the following keys/i.test(text)) {
    hints.push(
      `Spike (${profile.id}) does not send these fields as your pact expects: the kit's reference provider produces only what Spike documents. Drop the expectation, or make it optional in your handler.`,
    );
  }
  if (/Type mismatch|Expected .* to be|to match/i.test(text)) {
    hints.push(`A value Spike sends (${profile.id}) has another type or format than your pact expects.`);
  }
  return hints;
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

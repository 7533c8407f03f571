// Hints for failed verifications, from the profile's facts: what a receiver most likely got wrong.
import { compileMessageTemplate, type Profile } from '../profiles/index.ts';
import type { InteractionOutcome } from './verification-report.ts';

/** What the profile signs, in words. */
function signedBytesInWords(profile: Profile): string {
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

// Evidence in words: what came back, and a plain-text summary of every exchange of a scenario (for the JUnit XML).
import type { Evidence, EvidenceResponse } from '../conformance/types.ts';
import { formatDuration } from './format-duration.ts';

/** How long a body may be in a text summary before it is cut. */
const BODY_LIMIT = 2000;

/**
 * What the receiver answered, in one line: `'401 in 3 ms'`, `'no answer: refused (connect ECONNREFUSED) after 1 ms'`.
 *
 * @example
 * ```ts
 * responseText({ kind: 'response', status: 500, latencyMs: 12, handlerError: 'boom' }); // '500 in 12 ms (handler error: boom)'
 * ```
 * @internal
 */
export function responseText(response: EvidenceResponse): string {
  const after = formatDuration(response.latencyMs);
  if (response.kind === 'network-error') {
    const message = response.message ? ` (${response.message})` : '';
    return `no answer: ${response.error}${message} after ${after}`;
  }
  const error = response.handlerError ? ` (handler error: ${response.handlerError})` : '';
  return `${response.status} in ${after}${error}`;
}

/**
 * Every exchange of a scenario as plain text: the label, the request headers and body (cut after 2000 characters),
 * the answer.
 *
 * @example
 * ```ts
 * evidenceText(scenario.evidence); // '1. the contact event, correctly signed\n   request headers: ...'
 * ```
 * @internal
 */
export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence
    .map((item, i) => {
      const headers = Object.entries(item.request.headers).map(([name, value]) => `${name}: ${value}`);
      const body = item.request.body;
      const shown =
        body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}... (${body.length} characters)` : body;
      return [
        `${i + 1}. ${item.label}`,
        `   request: ${item.request.method ?? 'POST'}, ${headers.length > 0 ? `headers ${headers.join('; ')}` : 'no headers'}`,
        `   body: ${shown}`,
        `   response: ${responseText(item.response)}`,
      ].join('\n');
    })
    .join('\n');
}

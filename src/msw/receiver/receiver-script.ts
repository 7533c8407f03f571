import { type Duration, invalid, toMs } from '../../core/index.ts';

/**
 * One scripted answer of a mock webhook receiver:
 *
 * - a status (`500`): that status, empty body;
 * - `'timeout'`: no answer; the sender's own timeout (Spike's 30 s) ends the attempt;
 * - `'drop'`: the connection drops (the sender sees a network error);
 * - `{ status, body?, headers?, delay? }`: a full answer, after `delay` (virtual time inside `simulate`).
 *
 * @example
 * ```ts
 * const script: ReceiverAnswer[] = [500, 'timeout', { status: 200, delay: '2s' }];
 * ```
 */
export type ReceiverAnswer =
  | number
  | 'timeout'
  | 'drop'
  | {
      readonly status: number;
      readonly body?: string;
      readonly headers?: Readonly<Record<string, string>>;
      readonly delay?: Duration;
    };

/** A scripted answer, checked and normalised. */
export type ResolvedAnswer =
  | {
      readonly kind: 'respond';
      readonly status: number;
      readonly body: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly delayMs: number;
    }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'drop' };

/**
 * Checks and normalises one scripted answer.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` naming the entry and what is valid.
 * @example
 * ```ts
 * resolveAnswer(503, 'script[0]'); // { kind: 'respond', status: 503, body: '', headers: {}, delayMs: 0 }
 * ```
 */
export function resolveAnswer(answer: unknown, where: string): ResolvedAnswer {
  const expected = "a status (200-599), 'timeout', 'drop', or { status, body?, headers?, delay? }";
  if (answer === 'timeout' || answer === 'drop') return { kind: answer };
  const status = typeof answer === 'number' ? answer : (answer as { status?: unknown } | null)?.status;
  // A fetch Response can only carry 200-599 (1xx are interim answers, not a webhook's reply).
  if (!(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599)) {
    throw invalid('INVALID_OPTION', `The receiver's ${where}`, expected, answer, {
      details: { option: where },
    });
  }
  if (typeof answer === 'number')
    return { kind: 'respond', status: answer, body: '', headers: {}, delayMs: 0 };
  const spec = answer as { body?: unknown; headers?: unknown; delay?: unknown };
  const unknown = Object.keys(spec).filter((k) => !['status', 'body', 'headers', 'delay'].includes(k));
  if (unknown.length > 0)
    throw invalid('INVALID_OPTION', `The receiver's ${where}`, expected, answer, {
      details: { option: where, unknown },
    });
  if (spec.body !== undefined && typeof spec.body !== 'string')
    throw invalid('INVALID_OPTION', `The receiver's ${where}.body`, 'a string', spec.body);
  const headers = spec.headers ?? {};
  if (
    typeof headers !== 'object' ||
    headers === null ||
    Object.values(headers).some((v) => typeof v !== 'string')
  )
    throw invalid(
      'INVALID_OPTION',
      `The receiver's ${where}.headers`,
      'an object of string values',
      spec.headers,
    );
  try {
    new Headers(headers as Record<string, string>);
  } catch (cause) {
    throw invalid(
      'INVALID_OPTION',
      `The receiver's ${where}.headers`,
      'valid HTTP header names and values',
      spec.headers,
      {
        cause,
      },
    );
  }
  if (spec.body !== undefined && spec.body !== '' && [204, 205, 304].includes(status as number))
    throw invalid(
      'INVALID_OPTION',
      `The receiver's ${where}.body`,
      `empty: a ${String(status)} answer has no body`,
      spec.body,
    );
  return {
    kind: 'respond',
    status: status as number,
    body: spec.body ?? '',
    headers: headers as Record<string, string>,
    delayMs: spec.delay === undefined ? 0 : toMs(spec.delay as Duration),
  };
}

/** What a receive gives its transport: an answer, or a fault to enact. */
export type ReceiveOutcome = { readonly response: Response } | { readonly fault: 'timeout' | 'drop' };

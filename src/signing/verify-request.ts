import type { ProfileRef } from '../profiles/index.ts';
import { readRequestBody } from './read-request.ts';
import { verifyDelivery } from './verify.ts';
import type { VerifyOptions } from './verify-options.ts';
import type { VerifyResult } from './verify-result.ts';

/**
 * What {@link verifyRequest} returns: the verification, the raw bytes it verified (`rawBody`) and their text
 * (`body`, UTF-8 decoded as `request.text()` would, to `JSON.parse`).
 *
 * @example
 * ```ts
 * const { ok, body, rawBody }: VerifiedRequest = await verifyRequest('spike-forms', request, { secret });
 * ```
 */
export type VerifiedRequest = VerifyResult & { readonly body: string; readonly rawBody: Uint8Array };

const decoder = new TextDecoder();

/**
 * Verifies a fetch `Request` (Next.js route handlers, Hono, workers ...) over its raw bytes (`arrayBuffer()`,
 * never `text()`, which replaces bytes that are not UTF-8 and strips a leading BOM). Reads the body once and
 * returns it, so the handler can parse the exact bytes that were verified. Call it before anything reads the body.
 *
 * @throws {SpikeKitError} as {@link verify}; `INVALID_OPTION` when `request` is not a fetch `Request` (use
 *   {@link verifyDelivery} for `{ headers, body }`) or its body was already read (call it before `request.json()`,
 *   or pass `request.clone()`).
 * @example
 * ```ts
 * export async function POST(request: Request) {
 *   const { ok, body } = await verifyRequest('spike-health-v3', request, { secret: process.env.SPIKE_KEY! });
 *   if (!ok) return new Response('bad signature', { status: 401 });
 *   const events = JSON.parse(body);
 *   return new Response(null, { status: 200 });
 * }
 * ```
 */
export async function verifyRequest(
  profile: ProfileRef,
  request: Request,
  options: VerifyOptions,
): Promise<VerifiedRequest> {
  const rawBody = await readRequestBody(request, 'verifyRequest', 'verifyDelivery');
  const result = verifyDelivery(profile, { headers: (request as Request).headers, body: rawBody }, options);
  return { ...result, body: decoder.decode(rawBody), rawBody };
}

import type { ProfileRef } from '../profiles/index.ts';
import { readRequestBody } from '../signing/index.ts';
import { type Received, type ReceiveOptions, receive } from './receive.ts';

/**
 * {@link receive} for a fetch `Request` (Next.js route handlers, Hono, workers, Bun): reads the raw bytes once
 * (`arrayBuffer()`) and receives them. Call it before anything else reads the body.
 *
 * @throws {SpikeKitError} as {@link receive}; `INVALID_OPTION` when `request` is not a fetch `Request` or its body was
 *   already read (call it before `request.json()`, or pass `request.clone()`).
 * @example
 * ```ts
 * export async function POST(request: Request) {
 *   const { events } = await receiveRequest('spike-forms', request, { secret: process.env.SPIKE_FORMS_SECRET! });
 *   return new Response(null, { status: 200 });
 * }
 * ```
 */
export async function receiveRequest<const P extends ProfileRef>(
  profile: P,
  request: Request,
  options: ReceiveOptions,
): Promise<Received<P>> {
  const body = await readRequestBody(request, 'receiveRequest', 'receive');
  return receive(profile, { headers: (request as Request).headers, body }, options);
}

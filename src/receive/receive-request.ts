import { invalid, showValue } from '../core/index.ts';
import type { ProfileRef } from '../profiles/index.ts';
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
  const candidate = request as unknown as Partial<Request> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.arrayBuffer !== 'function' ||
    typeof candidate.headers !== 'object'
  ) {
    throw invalid(
      'INVALID_OPTION',
      "receiveRequest's request",
      'a fetch Request',
      typeof candidate === 'object' && candidate !== null
        ? `an object with keys ${showValue(Object.keys(candidate))}`
        : candidate,
      { hint: 'For { headers, body } (Express, Fastify, node:http), call receive instead.' },
    );
  }
  if (candidate.bodyUsed === true) {
    throw invalid(
      'INVALID_OPTION',
      "receiveRequest's request",
      'a Request whose body was not read yet',
      'a read body',
      {
        hint: 'Call receiveRequest before request.json() or request.text(), or pass request.clone().',
      },
    );
  }
  const body = new Uint8Array(await (request as Request).arrayBuffer());
  return receive(profile, { headers: (request as Request).headers, body }, options);
}

import { invalid, showValue } from '../core/index.ts';

/**
 * Reads a fetch `Request`'s raw bytes once (`arrayBuffer()`, never `text()`, which replaces bytes that are not
 * UTF-8), after checking it is a Request whose body was not read yet. Shared by `verifyRequest` and
 * `receiveRequest`.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when `request` is not a fetch `Request` (the hint names the
 *   `{ headers, body }` function to use instead) or its body was already read (call it first, or pass
 *   `request.clone()`).
 * @example
 * ```ts
 * const rawBody = await readRequestBody(request, 'verifyRequest', 'verifyDelivery');
 * ```
 */
export async function readRequestBody(
  request: unknown,
  caller: string,
  plainAlternative: string,
): Promise<Uint8Array> {
  const candidate = request as Partial<Request> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.arrayBuffer !== 'function' ||
    typeof candidate.headers !== 'object'
  ) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s request`,
      'a fetch Request',
      typeof candidate === 'object' && candidate !== null
        ? `an object with keys ${showValue(Object.keys(candidate))}`
        : candidate,
      { hint: `For a plain { headers, body } (Express, Node http), call ${plainAlternative} instead.` },
    );
  }
  if (candidate.bodyUsed === true) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s request`,
      'a Request whose body was not read yet',
      'a read body',
      {
        hint: `Call ${caller} before request.json() or request.text(), or pass request.clone(); it returns the body it read.`,
      },
    );
  }
  return new Uint8Array(await (request as Request).arrayBuffer());
}

import { showValue } from '../core/index.ts';

const FIX =
  'Pass the raw bytes received: in Express use express.raw() (e.g. express.raw({ type: "application/json" }), req.body ' +
  'is then a Buffer) instead of express.json(); in a fetch handler use request.text() or request.arrayBuffer() ' +
  '(or verifyRequest); parse the JSON after verifying.';

/**
 * Why `body` is not the raw bytes of a delivery (a string or a `Uint8Array`), or `undefined` when it is. A
 * signature covers the exact bytes Spike sent: a parsed and re-serialised body has other bytes.
 *
 * @example
 * ```ts
 * rawBodyProblem({ event_id: 'e' }); // 'The body is a parsed object, not the raw bytes received. Pass ...'
 * rawBodyProblem('{"event_id":"e"}'); // undefined
 * ```
 */
export function rawBodyProblem(body: unknown): string | undefined {
  if (typeof body === 'string' || body instanceof Uint8Array) return undefined;
  const what =
    body instanceof ArrayBuffer
      ? 'an ArrayBuffer (wrap it: new Uint8Array(buffer))'
      : typeof body === 'object' && body !== null
        ? Array.isArray(body)
          ? 'a parsed JSON array'
          : 'a parsed object (the express.json() mistake?)'
        : showValue(body);
  return `The body is ${what}, not the raw bytes received. ${FIX}`;
}

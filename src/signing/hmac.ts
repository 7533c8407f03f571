import { createHmac, timingSafeEqual } from 'node:crypto';

/** A key or message: text (encoded as UTF-8) or exact bytes. */
export type Bytes = string | Uint8Array;

/**
 * Hex HMAC-SHA256 of `message` under `secret`. The primitive every profile's signature is built from.
 *
 * @example
 * ```ts
 * hmacSha256Hex('s3cret', '{"a":1}'); // 64 lower-case hex characters
 * ```
 */
export function hmacSha256Hex(secret: Bytes, message: Bytes): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/**
 * The raw 32-byte HMAC-SHA256 of `message` under `secret`.
 *
 * @example
 * ```ts
 * hmacSha256('s3cret', 'message').length; // 32
 * ```
 */
export function hmacSha256(secret: Bytes, message: Bytes): Buffer {
  return createHmac('sha256', secret).update(message).digest();
}

const HEX_64 = /^[0-9a-fA-F]{64}$/;

/**
 * Compares a hex digest someone sent with the digest we computed, in constant time. Lengths and format are
 * checked first (Node's `timingSafeEqual` throws on unequal lengths); never throws. Hex case is ignored.
 *
 * @example
 * ```ts
 * digestMatches(hmacSha256('k', 'm'), hmacSha256Hex('k', 'm')); // true
 * digestMatches(hmacSha256('k', 'm'), 'abc');                   // false (wrong length)
 * ```
 */
export function digestMatches(expected: Uint8Array, providedHex: string): boolean {
  if (providedHex.length !== expected.length * 2 || !HEX_64.test(providedHex)) return false;
  return timingSafeEqual(expected, Buffer.from(providedHex, 'hex'));
}

/**
 * Compares a lower-case hex digest we computed with one someone sent, in constant time for equal lengths (no
 * early exit; lengths are compared first). Upper-case hex in `provided` is accepted. Equality implies `provided`
 * is well-formed hex, so the format needs checking only when this returns false.
 *
 * @example
 * ```ts
 * hexDigestEquals(hmacSha256Hex('k', 'm'), hmacSha256Hex('k', 'm').toUpperCase()); // true
 * ```
 */
export function hexDigestEquals(expectedLowerHex: string, provided: string): boolean {
  const length = expectedLowerHex.length;
  if (provided.length !== length) return false;
  let diff = 0;
  for (let i = 0; i < length; i++) {
    let c = provided.charCodeAt(i);
    if (c >= 0x41 && c <= 0x46) c += 0x20; // A-F -> a-f
    diff |= c ^ expectedLowerHex.charCodeAt(i);
  }
  return diff === 0;
}

/**
 * True when `providedHex` has the shape of a SHA-256 hex digest (64 hex characters).
 *
 * @example
 * ```ts
 * isHexDigest('ab'.repeat(32)); // true
 * ```
 */
export function isHexDigest(providedHex: string): boolean {
  return providedHex.length === 64 && HEX_64.test(providedHex);
}

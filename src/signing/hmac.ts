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
export function hmacSha256Hex(secret: Bytes, message: Bytes | readonly Bytes[]): string {
  return hmacSha256(secret, message).toString('hex');
}

/** The raw 32-byte HMAC-SHA256 of `message` (or of its parts, in order) under `secret`. */
export function hmacSha256(secret: Bytes, message: Bytes | readonly Bytes[]): Buffer {
  const hmac = createHmac('sha256', secret);
  if (typeof message === 'string' || message instanceof Uint8Array) hmac.update(message);
  else for (const part of message) hmac.update(part);
  return hmac.digest();
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

/** True when `providedHex` has the shape of a SHA-256 hex digest. */
export function isHexDigest(providedHex: string): boolean {
  return HEX_64.test(providedHex);
}

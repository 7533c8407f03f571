import { describe, expect, it } from 'vitest';
import { hexDigestEquals, isHexDigest } from '../../src/signing/hmac.ts';
import { hmacSha256Hex } from '../../src/signing/index.ts';

describe('constant-time digest comparison', () => {
  it('compares lengths first and tolerates upper case only for A-F', () => {
    const digest = hmacSha256Hex('k', 'm');
    expect(hexDigestEquals(digest, digest)).toBe(true);
    expect(hexDigestEquals(digest, digest.toUpperCase())).toBe(true);
    expect(hexDigestEquals(digest, digest.slice(1))).toBe(false);
    expect(hexDigestEquals(digest, `${digest}0`)).toBe(false);
    expect(hexDigestEquals(digest, `${digest.slice(0, -1)}g`)).toBe(false);
    expect(hexDigestEquals(digest, hmacSha256Hex('k', 'n'))).toBe(false);
  });

  it('refuses a provided value that is not hex even where it XORs like the digest', () => {
    // 'G' (0x47) and 'g' (0x67) are not hex; characters outside 0-9a-fA-F never count as a digit.
    const digest = 'a'.repeat(64);
    expect(hexDigestEquals(digest, `${'a'.repeat(63)}A`)).toBe(true);
    for (const odd of ['g', 'G', ' ', '\u0000', 'é', '\u0141'])
      expect(hexDigestEquals(digest, `${'a'.repeat(63)}${odd}`), odd).toBe(false);
    expect(isHexDigest('AB'.repeat(32))).toBe(true);
    expect(isHexDigest('ab'.repeat(31))).toBe(false);
    expect(isHexDigest(`${'ab'.repeat(31)}a\n`)).toBe(false);
  });
});

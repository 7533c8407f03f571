import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { hmacSha256Hex, verifyRequest } from '../../src/signing/index.ts';

const secret = 's3cret';
const post = (body: string | Uint8Array, signature: string) =>
  new Request('http://127.0.0.1/hook', { method: 'POST', headers: { 'X-Spike-Signature': signature }, body });

const codeOf = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
  } catch (error) {
    if (isSpikeKitError(error)) return `${error.code}: ${error.message}`;
    return `not coded: ${String(error)}`;
  }
  return 'no error';
};

describe('verifyRequest', () => {
  it('a request whose body was already read is a coded error with the fix', async () => {
    const body = '{"submissionId":"s"}';
    const request = post(body, `sha256=${hmacSha256Hex(secret, body)}`);
    await request.json();
    const message = await codeOf(() => verifyRequest('spike-forms', request, { secret }));
    expect(message).toMatch(/^INVALID_OPTION: /);
    expect(message).toContain('before request.json()');
    expect(message).toContain('request.clone()');
  });

  it('a plain { headers, body } object is a coded error pointing to verifyDelivery', async () => {
    const message = await codeOf(() =>
      verifyRequest('spike-forms', { headers: {}, body: '{}' } as unknown as Request, { secret }),
    );
    expect(message).toMatch(/^INVALID_OPTION: /);
    expect(message).toContain('verifyDelivery');
  });

  it('verifies over the raw bytes: non-UTF-8 bytes and a leading BOM', async () => {
    for (const bytes of [
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), // not UTF-8: text() would replace them with U+FFFD
      new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), // a BOM, which text() strips
    ]) {
      const request = post(bytes, `sha256=${hmacSha256Hex(secret, bytes)}`);
      const result = await verifyRequest('spike-forms', request, { secret });
      expect(result.ok).toBe(true);
      expect(result.rawBody).toEqual(bytes);
      expect(typeof result.body).toBe('string');
    }
  });

  it('still returns the text body to parse', async () => {
    const body = '{"submissionId":"s"}';
    const result = await verifyRequest('spike-forms', post(body, `sha256=${hmacSha256Hex(secret, body)}`), {
      secret,
    });
    expect(result).toMatchObject({ ok: true, body });
    expect(JSON.parse(result.body)).toEqual({ submissionId: 's' });
  });
});

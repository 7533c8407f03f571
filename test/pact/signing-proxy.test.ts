import { describe, expect, it } from 'vitest';
import { startSigningProxy } from '../../src/pact/signing-proxy.ts';
import { startReceiver } from './receivers.ts';

const secret = 's3cret';

describe('startSigningProxy without provider-state calls', () => {
  it('refuses to sign a replay blindly, naming the missing --state-change-url', async () => {
    const receiver = await startReceiver('spike-forms', secret);
    const proxy = await startSigningProxy({
      profile: 'spike-forms',
      secret,
      target: `${receiver.baseUrl}${receiver.path}`,
    });
    try {
      const replay = (headers: Record<string, string>) =>
        fetch(`${proxy.url}/hooks`, { method: 'POST', headers, body: '{"a":1}' });
      const signed = await replay({
        'content-type': 'application/json',
        'x-spike-signature': `sha256=${'e'.repeat(64)}`,
      });
      expect(signed.status).toBe(500);
      const text = await signed.text();
      expect(text).toContain(`--state-change-url ${proxy.stateChangeUrl}`);
      expect(receiver.received).toEqual([]);
      // Once the verifier sends states, the same replay is signed as the state says and delivered.
      await fetch(proxy.stateChangeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          state: 'the webhook secret is configured',
          action: 'setup',
          params: { signature: 'valid' },
        }),
      });
      const after = await replay({
        'content-type': 'application/json',
        'x-spike-signature': `sha256=${'e'.repeat(64)}`,
      });
      expect(after.status).toBe(200);
      expect(receiver.received).toEqual([{ a: 1 }]);
    } finally {
      await proxy.close();
      await receiver.close();
    }
  });
});

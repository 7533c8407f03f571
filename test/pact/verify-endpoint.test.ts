import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { defineProfile, type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { type ReceiverFlaw, rotationHandlers, startReceiver } from './receivers.ts';

const secret = 's3cret';
const rotated = 'n3w-s3cret';

/** Runs verifyEndpoint against a receiver with `flaw`; returns the report or the error message. */
async function verifyAgainst(profile: ProfileId | ReturnType<typeof defineProfile>, flaw: ReceiverFlaw) {
  const receiver = await startReceiver(profile, secret, flaw);
  try {
    const report = await verifyEndpoint({
      profile,
      baseUrl: receiver.baseUrl,
      path: receiver.path,
      secret,
      rotatedSecret: rotated,
      stateHandlers: rotationHandlers(receiver, rotated),
    });
    return { report, received: receiver.received };
  } catch (error) {
    if (!isSpikeKitError(error, 'PACT_FAILED')) throw error;
    return { message: error.message, received: receiver.received };
  } finally {
    await receiver.close();
  }
}

describe('verifyEndpoint against the canonical HTTP contracts', () => {
  for (const profile of profileIds) {
    it(`passes a correct Express receiver (raw-body verification, rotation handled): ${profile}`, async () => {
      const { report, message, received } = await verifyAgainst(profile, 'none');
      expect(message).toBeUndefined();
      expect(report?.interactions.filter((i) => !i.ok)).toEqual([]);
      // Every positive interaction reached the handler (signed, restyled bytes verified), none of the negatives did.
      const positives = report?.interactions.filter((i) => !/another secret|without a/.test(i.description));
      expect(received).toHaveLength(positives?.length ?? -1);
    });
  }

  it('fails a receiver that verifies re-serialised JSON, saying to verify the raw bytes', async () => {
    const { message } = await verifyAgainst('spike-health-v3', 're-serialises');
    expect(message).toMatch(/a signed spike-health-v3 delivery of a 'record_change' event/);
    expect(message).toMatch(/Expected status code 401|expected 200 but was 401/i);
    expect(message).toMatch(/raw body bytes.*express\.raw\(\)/s);
  });

  it('fails a receiver that ignores signatures, naming the forged and the unsigned delivery', async () => {
    const { message } = await verifyAgainst('spike-forms', 'ignores-signature');
    expect(message).toMatch(/2 of 10 interactions did not match/);
    expect(message).toMatch(/signed with another secret/);
    expect(message).toMatch(/without a X-Spike-Signature header/);
    expect(message).toMatch(/to be a Client error/);
    expect(message).toMatch(
      /hint: The endpoint accepted a delivery whose X-Spike-Signature is wrong or missing/,
    );
  });

  it('fails a v3 receiver answering 204: Spike v3 counts only 200 as delivered', async () => {
    const { message } = await verifyAgainst('spike-health-v3', 'answers-204');
    expect(message).toMatch(/expected 200 but was 204/i);
    expect(message).toMatch(/spike-health-v3 counts only 200 as delivered: 204 is a failure/);
  });

  it('passes a forms receiver answering 204 (any 2xx is delivered there)', async () => {
    const { message } = await verifyAgainst('spike-forms', 'answers-204');
    expect(message).toBeUndefined();
  });

  it('fails a timestamped receiver that rejects every genuine delivery, though its success rule is unconfirmed', async () => {
    const { message, received } = await verifyAgainst('spike-forms-timestamped', 'rejects-all');
    expect(received).toEqual([]);
    expect(message).toMatch(/8 of 10 interactions did not match/);
    expect(message).toMatch(/✗ a signed spike-forms-timestamped delivery of a 'contact' event/);
    expect(message).toMatch(/Expected status code 401 to be a Successful response \(200–299\)/);
  });

  it('passes, with a warning, a receiver that misses only a pending (unconfirmed, narrower) assumption', async () => {
    const assumed = defineProfile({
      id: 'timestamped-exact-200',
      extends: 'spike-forms-timestamped',
      success: [200],
      provenance: { success: 'unconfirmed' },
    });
    const { report, message } = await verifyAgainst(assumed, 'answers-204');
    expect(message).toBeUndefined();
    expect(report?.ok).toBe(true);
    expect(report?.warnings).toEqual([
      expect.stringMatching(
        /^pending interaction failed \(not fatal\): a signed timestamped-exact-200 delivery answered with the status the kit assumes \(unconfirmed\) .*204/,
      ),
    ]);
    // A correct receiver gets no warning.
    expect((await verifyAgainst('spike-forms', 'none')).report?.warnings).toEqual([]);
  });

  it('fails a v2 receiver that verifies the body instead of the event_id', async () => {
    const { message } = await verifyAgainst('spike-health-v2', 'signs-body');
    expect(message).toMatch(/over the 'event_id' value only/);
    expect(message).toMatch(/Compute the HMAC over that value alone/);
  });

  it('verifies a custom profile against contracts generated for it on the fly', async () => {
    const exact = defineProfile({ id: 'forms-exact-200', extends: 'spike-forms', success: [200] });
    expect((await verifyAgainst(exact, 'none')).message).toBeUndefined();
    expect((await verifyAgainst(exact, 'answers-204')).message).toMatch(/forms-exact-200 counts only 200/);
  });

  it('skips the rotation interaction when no rotatedSecret was given, saying what to do', async () => {
    const receiver = await startReceiver('spike-forms', secret);
    try {
      const report = await verifyEndpoint({
        profile: 'spike-forms',
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret,
      });
      expect(report.ok).toBe(true);
      expect(report.interactions.map((i) => i.description)).not.toContainEqual(
        expect.stringMatching(/signed with the rotated secret/),
      );
      expect(report.notices).toEqual([
        expect.stringMatching(
          /skipped 1 interaction under .* no rotatedSecret was given\. Pass \{ rotatedSecret \}/,
        ),
      ]);
    } finally {
      await receiver.close();
    }
  });
});

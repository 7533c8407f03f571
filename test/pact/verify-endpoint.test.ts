import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import type { InteractionOutcome } from '../../src/pact/verification-report.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { defineProfile, type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { type ReceiverFlaw, rotationHandlers, startReceiver } from './receivers.ts';

const secret = 's3cret';
const rotated = 'n3w-s3cret';

/** Runs verifyEndpoint against a receiver with `flaw`; returns the report or the error message. */
async function verifyAgainst(
  profile: ProfileId | ReturnType<typeof defineProfile>,
  flaw: ReceiverFlaw,
  extra: { readonly policy?: boolean } = {},
) {
  const receiver = await startReceiver(profile, secret, flaw);
  try {
    const report = await verifyEndpoint({
      profile,
      baseUrl: receiver.baseUrl,
      path: receiver.path,
      secret,
      rotatedSecret: rotated,
      stateHandlers: rotationHandlers(receiver, rotated),
      ...extra,
    });
    return { report, received: receiver.received, failed: [] as string[] };
  } catch (error) {
    if (!isSpikeKitError(error, 'PACT_FAILED')) throw error;
    const outcomes = (error.details as { interactions: InteractionOutcome[] }).interactions;
    const failed = outcomes.filter((i) => !i.ok && !i.pending).map((i) => i.description);
    return { message: error.message, received: receiver.received, failed };
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
      // Both contracts were verified, and each result names the consumer it came from.
      const consumers = new Set(report?.interactions.map((i) => i.consumer));
      expect([...consumers].sort()).toEqual([profile, `${profile}-kit-policy`]);
      const policy = report?.interactions.filter((i) => i.consumer === `${profile}-kit-policy`);
      expect(policy?.map((i) => i.description).sort()).toEqual([
        expect.stringMatching(/signed with another secret/),
        expect.stringMatching(/signed with the rotated secret/),
        expect.stringMatching(/without a .* header/),
      ]);
    });
  }

  it('replays full items: a v2 handler storing item fields as scalar columns fails, as it would in production', async () => {
    const { failed, message } = await verifyAgainst('spike-health-v2', 'scalar-item-columns');
    expect(message).toMatch(/expected .*but was 500|500/);
    // Every v2 kind's items hold nested samples or levels, and each replay carries them.
    expect(failed).toContain("a signed spike-health-v2 delivery of a 'sleep' event");
    expect(failed).toContain("a signed spike-health-v2 delivery of a 'heart' event");
  });

  it('replays decimals: a v2 handler that crashes on 0.92 fails on the items that carry them', async () => {
    const { failed } = await verifyAgainst('spike-health-v2', 'crashes-on-decimals');
    expect(failed).toContain("a signed spike-health-v2 delivery of a 'sleep' event");
    expect(failed).toContain('a signed spike-health-v2 delivery with non-ASCII text and decimals');
    // Integer-only items pass: the failures are the decimals, not the handler as a whole.
    expect(failed).not.toContain("a signed spike-health-v2 delivery of a 'steps' event");
  });

  it('replays non-ASCII text: a v2 handler with an ASCII-only store fails on exactly that delivery', async () => {
    const { failed, message } = await verifyAgainst('spike-health-v2', 'crashes-on-non-ascii');
    expect(failed).toEqual(['a signed spike-health-v2 delivery with non-ASCII text and decimals']);
    expect(message).toMatch(
      /✗ a signed spike-health-v2 delivery with non-ASCII text and decimals .*\[consumer spike-health-v2\]/,
    );
  });

  for (const profile of profileIds) {
    it(`fails a receiver that rejects an event kind Spike does not document yet: ${profile}`, async () => {
      const { failed } = await verifyAgainst(profile, 'rejects-unknown-kind');
      expect(failed).toEqual([`a signed ${profile} delivery of an event kind Spike does not document yet`]);
    });

    it(`fails a receiver that answers 409 to a duplicate delivery: ${profile}`, async () => {
      const { failed } = await verifyAgainst(profile, 'rejects-duplicates');
      expect(failed).toEqual([
        `a signed ${profile} delivery of the same event twice (2nd delivery: a retry of an event already received)`,
      ]);
    });
  }

  it('replays a v3 batch of several users and mixed event types', async () => {
    const { report, received } = await verifyAgainst('spike-health-v3', 'none');
    const batch = report?.interactions.find((i) => /batch of several users/.test(i.description));
    expect(batch?.ok).toBe(true);
    const batches = (received as Record<string, unknown>[][]).filter((b) => b.length === 3);
    const [events] = batches;
    expect(new Set(events?.map((e) => e.application_user_id)).size).toBe(3);
    expect(new Set(events?.map((e) => e.event_type)).size).toBe(3);
  });

  it('fails a receiver that accepts forged signatures on the kit policy, and passes it with policy: false', async () => {
    const { failed, message } = await verifyAgainst('spike-health-v3', 'ignores-signature');
    expect(failed.sort()).toEqual([
      'a spike-health-v3 delivery signed with another secret',
      'a spike-health-v3 delivery without a X-Body-Signature header',
    ]);
    expect(message).toMatch(
      /against the spike-health-v3 HTTP contract and the kit policy \(spike-health-v3-kit-policy\)/,
    );
    expect(message).toMatch(/signed with another secret .*\[consumer spike-health-v3-kit-policy\]/);
    const lenient = await verifyAgainst('spike-health-v3', 'ignores-signature', { policy: false });
    expect(lenient.message).toBeUndefined();
    expect(new Set(lenient.report?.interactions.map((i) => i.consumer))).toEqual(
      new Set(['spike-health-v3']),
    );
    expect(lenient.report?.notices).toEqual([]);
  });

  it('fails a receiver that verifies re-serialised JSON, saying to verify the raw bytes', async () => {
    const { message } = await verifyAgainst('spike-health-v3', 're-serialises');
    expect(message).toMatch(/a signed spike-health-v3 delivery of a 'record_change' event/);
    expect(message).toMatch(/Expected status code 401|expected 200 but was 401/i);
    expect(message).toMatch(/raw body bytes.*express\.raw\(\)/s);
  });

  it('fails a receiver that ignores signatures, naming the forged and the unsigned delivery', async () => {
    const { message } = await verifyAgainst('spike-forms', 'ignores-signature');
    expect(message).toMatch(/2 of 14 interactions did not match/);
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
    // Every delivery of Spike's contract (11, enforced with a success-class status) and the rotated one (policy).
    expect(message).toMatch(/12 of 14 interactions did not match/);
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
      // Skipped, not failed: the kit produced no answer of its own, and the rest of the policy was verified.
      expect(report.interactions.filter((i) => i.consumer === 'spike-forms-kit-policy')).toHaveLength(2);
      expect(report.interactions.every((i) => i.ok)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a policy option that is not a boolean, or that comes with given pacts', async () => {
    const base = { profile: 'spike-forms', baseUrl: 'http://127.0.0.1:9', secret } as const;
    await expect(verifyEndpoint({ ...base, policy: 'no' as never })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringMatching(/'policy'.*true or false/),
    });
    await expect(verifyEndpoint({ ...base, policy: false, pactUrls: ['x.json'] })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringMatching(/'policy'.*'pactUrls' or 'broker'/),
    });
  });
});

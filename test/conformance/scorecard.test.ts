import { describe, expect, it } from 'vitest';
import { runConformance, type ScenarioId, scenarioIds } from '../../src/conformance/index.ts';
import { defineProfile, type ProfileId, profileIds } from '../../src/index.ts';
import { type Flaw, testReceiver } from './receivers.ts';

const secret = 'conformance-secret';

async function card(profile: ProfileId | ReturnType<typeof defineProfile>, flaws: Flaw[] = [], probe = true) {
  const receiver = testReceiver(profile, secret, flaws);
  const result = await runConformance({
    profile,
    target: { fetch: receiver.fetch },
    secret,
    ...(probe ? { probe: receiver.probe } : {}),
  });
  const status = Object.fromEntries(result.scenarios.map((s) => [s.id, s.status])) as Record<
    ScenarioId,
    string
  >;
  return { result, status };
}

describe('runConformance: a correct receiver', () => {
  for (const profile of profileIds) {
    it(`${profile}: every scenario passes or is skipped for a stated reason`, async () => {
      const { result, status } = await card(profile);
      expect(result.scenarios.map((s) => s.id)).toEqual(scenarioIds);
      const failed = result.scenarios.filter((s) => s.status === 'failed');
      expect(failed.map((s) => `${s.id}: ${s.reason}`)).toEqual([]);
      expect(result.passed).toBe(true);
      expect(status['stale-timestamp']).toBe(profile === 'spike-forms-timestamped' ? 'passed' : 'skipped');
      for (const s of result.scenarios) {
        expect(s.reason.length).toBeGreaterThan(10);
        if (s.status !== 'skipped') expect(s.evidence.length).toBeGreaterThan(0);
      }
    });
  }

  it('without a probe, the duplicate scenarios are skipped with the reason, never passed', async () => {
    const { status, result } = await card('spike-forms', [], false);
    expect(status['duplicate-delivery']).toBe('skipped');
    expect(status['concurrent-duplicate']).toBe('skipped');
    expect(result.scenarios.find((s) => s.id === 'duplicate-delivery')?.reason).toMatch(/probe/);
  });
});

// Each flaw, the profiles it applies to, and the scenarios that must fail because of it (all others must not).
const flawCases: { flaw: Flaw; profiles: ProfileId[]; fails: ScenarioId[] }[] = [
  {
    flaw: 'reserialises',
    profiles: ['spike-health-v3', 'spike-forms', 'spike-forms-timestamped'],
    fails: ['signed-bytes'],
  },
  {
    flaw: 'no-verification',
    profiles: ['spike-health-v2', 'spike-health-v3', 'spike-forms', 'spike-forms-timestamped'],
    fails: ['invalid-signature', 'missing-signature', 'tampered-body', 'stale-timestamp'],
  },
  {
    flaw: 'accepts-missing-signature',
    profiles: ['spike-health-v3', 'spike-forms'],
    fails: ['missing-signature'],
  },
  {
    flaw: 'signs-body',
    profiles: ['spike-health-v2'],
    fails: [
      'valid-signature',
      'signed-bytes',
      'duplicate-delivery',
      'concurrent-duplicate',
      'unknown-fields',
      'unknown-event-kind',
      'success-status',
    ],
  },
  {
    flaw: 'throws-on-unknown-kind',
    profiles: ['spike-health-v2', 'spike-health-v3', 'spike-forms'],
    fails: ['unknown-event-kind'],
  },
  {
    flaw: 'strict-schema',
    profiles: ['spike-health-v2', 'spike-health-v3', 'spike-forms'],
    fails: ['unknown-fields'],
  },
  {
    flaw: 'answers-201',
    profiles: ['spike-health-v3'],
    fails: [
      'valid-signature',
      'signed-bytes',
      'duplicate-delivery',
      'concurrent-duplicate',
      'unknown-fields',
      'unknown-event-kind',
      'success-status',
    ],
  },
  {
    flaw: 'answers-302',
    profiles: ['spike-forms'],
    fails: [
      'valid-signature',
      'signed-bytes',
      'duplicate-delivery',
      'concurrent-duplicate',
      'unknown-fields',
      'unknown-event-kind',
      'success-status',
    ],
  },
  {
    flaw: 'not-idempotent',
    profiles: ['spike-health-v2', 'spike-health-v3', 'spike-forms'],
    fails: ['duplicate-delivery', 'concurrent-duplicate'],
  },
  { flaw: 'dedup-not-atomic', profiles: ['spike-forms', 'spike-health-v3'], fails: ['concurrent-duplicate'] },
  { flaw: 'no-replay-check', profiles: ['spike-forms-timestamped'], fails: ['stale-timestamp'] },
];

describe('runConformance: a receiver with one known flaw fails exactly the scenarios about it', () => {
  for (const { flaw, profiles, fails } of flawCases) {
    for (const profile of profiles) {
      it(`${flaw} on ${profile}`, async () => {
        const { result } = await card(profile, [flaw]);
        const failed = result.scenarios.filter((s) => s.status === 'failed').map((s) => s.id);
        const expected = fails.filter(
          (id) => id !== 'stale-timestamp' || profile === 'spike-forms-timestamped',
        );
        expect(failed).toEqual(scenarioIds.filter((id) => expected.includes(id)));
        expect(result.passed).toBe(false);
      });
    }
  }

  it('slow answers fail timeout (a profile with a 100 ms timeout), and say what to do', async () => {
    const quick = defineProfile({ id: 'forms-100ms', extends: 'spike-forms', timeout: '100ms' });
    const { result, status } = await card(quick, ['slow']);
    expect(status.timeout).toBe('failed');
    expect(result.scenarios.find((s) => s.id === 'timeout')?.reason).toMatch(/within 100 ms.*background/);
  });
});

describe('reasons a person understands', () => {
  it('signed-bytes on a re-serialising handler says to verify the raw bytes', async () => {
    const { result } = await card('spike-forms', ['reserialises']);
    const s = result.scenarios.find((x) => x.id === 'signed-bytes');
    expect(s?.reason).toMatch(/re-serialised body rejects genuine deliveries; verify the raw bytes/);
    expect(s?.evidence[0]?.request.body).toMatch(/\n$/);
    expect(s?.evidence[0]?.response).toMatchObject({ kind: 'response', status: 401 });
  });

  it('success-status on v3 answering 201 names the rule', async () => {
    const { result } = await card('spike-health-v3', ['answers-201']);
    expect(result.scenarios.find((x) => x.id === 'success-status')?.reason).toMatch(
      /answered 201.*only exactly 200/,
    );
  });
});

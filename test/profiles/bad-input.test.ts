import { describe, expect, it } from 'vitest';
import { showValue } from '../../src/core/index.ts';
import {
  attemptOffsets,
  compileMessageTemplate,
  dedupKeys,
  defineProfile,
  getProfile,
  isSuccessStatus,
  maxAttempts,
  nextAttemptAt,
  profileIds,
  profileLimits,
  profiles,
} from '../../src/profiles/index.ts';
import { badValues, type Outcome, outcomeOf } from '../signing/bad-values.ts';

type Accept = (outcome: Outcome) => boolean;
const coded: Accept = (o) => o.kind === 'coded';
const returned =
  (check: (value: unknown) => boolean): Accept =>
  (o) =>
    o.kind === 'returned' && check(o.value);
const either =
  (...accepts: Accept[]): Accept =>
  (o) =>
    accepts.some((a) => a(o));
const isFiniteList = (value: unknown) => Array.isArray(value) && value.every((n) => Number.isFinite(n));
const body = '{"submissionId":"sub_1"}';
const base = { id: 'x', extends: 'spike-forms' } as const;

const cases: Record<string, { call: (bad: unknown) => unknown; accept: Accept }> = {
  'getProfile(ref)': { call: (bad) => getProfile(bad as never), accept: coded },
  'maxAttempts(profile)': { call: (bad) => maxAttempts(bad as never), accept: coded },
  'nextAttemptAt(profile)': { call: (bad) => nextAttemptAt(bad as never, 1, 0, 0), accept: coded },
  'nextAttemptAt(failedAttempts)': {
    call: (bad) => nextAttemptAt('spike-forms', bad as number, 0, 0),
    // a count past the schedule is documented: undefined, the schedule is used up
    accept: either(
      coded,
      returned((v) => v === undefined),
    ),
  },
  'nextAttemptAt(firstAttemptAtMs)': {
    call: (bad) => nextAttemptAt('spike-forms-timestamped', 1, bad as number, 0),
    accept: either(
      coded,
      returned((v) => Number.isFinite(v)),
    ),
  },
  'nextAttemptAt(failedAtMs)': {
    call: (bad) => nextAttemptAt('spike-forms', 1, 0, bad as number),
    accept: either(
      coded,
      returned((v) => Number.isFinite(v)),
    ),
  },
  'attemptOffsets(profile)': { call: (bad) => attemptOffsets(bad as never), accept: coded },
  'attemptOffsets(options)': {
    call: (bad) => attemptOffsets('spike-forms', bad as never),
    accept: either(coded, returned(isFiniteList)),
  },
  'attemptOffsets(options.failureAfterMs)': {
    call: (bad) => attemptOffsets('spike-forms', { failureAfterMs: bad as number }),
    accept: either(coded, returned(isFiniteList)),
  },
  'dedupKeys(profile)': { call: (bad) => dedupKeys(bad as never, body), accept: coded },
  'dedupKeys(body)': {
    call: (bad) => dedupKeys('spike-forms', bad as string),
    accept: either(
      coded,
      returned((v) => Array.isArray(v)),
    ),
  },
  'dedupKeys(rule)': {
    call: (bad) => dedupKeys('spike-forms', body, bad as never),
    // undefined is documented: the profile's own rule
    accept: either(
      coded,
      returned((v) => Array.isArray(v)),
    ),
  },
  'compileMessageTemplate(template)': { call: (bad) => compileMessageTemplate(bad as string), accept: coded },
  'isSuccessStatus(profile)': { call: (bad) => isSuccessStatus(bad as never, 200), accept: coded },
  'isSuccessStatus(status)': {
    // documented: anything that is not a success status of the profile is false
    call: (bad) => isSuccessStatus('spike-forms', bad as number),
    accept: returned((v) => v === false),
  },
  'defineProfile(definition)': { call: (bad) => defineProfile(bad as never), accept: coded },
};

const definitionKeys = [
  'id',
  'extends',
  'title',
  'product',
  'status',
  'payload',
  'body',
  'signature',
  'success',
  'timeout',
  'retry',
  'retries',
  'retryAlternatives',
  'dedup',
  'dedupAlternatives',
  'provenance',
  'sources',
  'notes',
];
for (const key of definitionKeys) {
  cases[`defineProfile({ ${key} })`] = {
    call: (bad) => defineProfile({ ...base, [key]: bad } as never),
    // undefined means "inherit"; a few bad values are still valid facts (a long title)
    accept: either(
      coded,
      returned((v) => typeof v === 'object' && v !== null && Object.isFrozen(v)),
    ),
  };
}
for (const key of [
  'header',
  'prefix',
  'acceptedPrefixes',
  'algorithm',
  'signs',
  'timestampHeader',
  'required',
  'key',
]) {
  cases[`defineProfile({ signature: { ${key} } })`] = {
    call: (bad) => defineProfile({ ...base, signature: { [key]: bad } } as never),
    accept: either(
      coded,
      returned((v) => typeof v === 'object' && v !== null),
    ),
  };
}
for (const key of ['delays', 'anchor', 'afterLastFailure']) {
  cases[`defineProfile({ retry: { ${key} } })`] = {
    call: (bad) => defineProfile({ ...base, retry: { delays: ['1m'], [key]: bad } } as never),
    accept: either(
      coded,
      returned((v) => isFiniteList((v as { retry: { delaysMs: unknown } }).retry.delaysMs)),
    ),
  };
}

describe('profiles: every public function, every bad input, a coded error or a documented result', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const { call, accept } = cases[name]!;
    for (const [label, bad] of badValues) {
      const outcome = await outcomeOf(() => call(bad));
      const shown = outcome.kind === 'uncoded' ? String(outcome.error) : 'handled';
      expect(shown, `${name} with ${label}`).toBe('handled');
      expect(
        accept(outcome),
        `${name} with ${label}: ${outcome.kind} ${showValue(outcome.kind === 'returned' ? outcome.value : outcome)}`,
      ).toBe(true);
    }
  });

  it('a __proto__ key never pollutes a prototype', () => {
    const outcome = () =>
      defineProfile(JSON.parse('{"id":"p","extends":"spike-forms","__proto__":{"timeoutMs":1}}'));
    expect(outcome).toThrow(/'__proto__'/);
    expect(({} as Record<string, unknown>).timeoutMs).toBeUndefined();
  });

  it('the table and its limits are frozen data', () => {
    expect(profileIds).toEqual(Object.keys(profiles));
    expect(Object.isFrozen(profiles['spike-forms'])).toBe(true);
    expect(profileLimits).toEqual({ maxRetries: 100, maxDurationMs: 2_592_000_000 });
  });
});

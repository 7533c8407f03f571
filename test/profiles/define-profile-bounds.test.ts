import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { defineProfile, type ProfileDefinition } from '../../src/profiles/index.ts';

const problemsOf = (definition: unknown): string => {
  try {
    defineProfile(definition as ProfileDefinition);
  } catch (error) {
    if (isSpikeKitError(error, 'INVALID_PROFILE')) return error.message;
    return `not INVALID_PROFILE: ${String(error)}`;
  }
  return 'accepted';
};

describe('defineProfile: unknown keys', () => {
  it("a misspelt key ('retires') is refused, listing the valid keys with a suggestion", () => {
    const message = problemsOf({ id: 'x', extends: 'spike-forms', retires: 3 });
    expect(message).toMatch(/'retires'/);
    expect(message).toContain("'retries'");
    expect(message).toMatch(/did you mean 'retries'/i);
    expect(message).toContain("'timeout'");
  });

  it('unknown keys inside signature and body are refused too', () => {
    expect(problemsOf({ id: 'x', extends: 'spike-forms', signature: { heder: 'X-A' } })).toMatch(
      /'signature.heder'.*did you mean 'header'/is,
    );
    expect(problemsOf({ id: 'x', extends: 'spike-forms', body: { shap: 'array' } })).toMatch(/'body.shap'/);
  });
});

describe('defineProfile: acceptedPrefixes', () => {
  it('a string is refused, not split into characters', () => {
    expect(
      problemsOf({ id: 'x', extends: 'spike-forms', signature: { acceptedPrefixes: 'sha256=' } }),
    ).toMatch(/'signature.acceptedPrefixes' must be a list of strings/);
    const ok = defineProfile({ id: 'x', extends: 'spike-forms', signature: { acceptedPrefixes: ['v1='] } });
    expect(ok.signature.acceptedPrefixes).toEqual(['sha256=', 'v1=']);
  });
});

describe('defineProfile: every number is bounded', () => {
  it.each([101, 1e9, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'retries %s is refused with the bound',
    (retries) => {
      expect(problemsOf({ id: 'x', extends: 'spike-forms', retries })).toMatch(
        /'retries' must be a whole number from 0 to 100/,
      );
    },
  );

  it.each([1e300, Number.POSITIVE_INFINITY, Number.NaN, -1, `${'9'.repeat(400)}d`, '31d'])(
    'timeout and delay %s are refused, saying the 30-day bound',
    (value) => {
      expect(problemsOf({ id: 'x', extends: 'spike-forms', timeout: value })).toMatch(
        /'timeout' must be .*30 days/,
      );
      expect(problemsOf({ id: 'x', extends: 'spike-forms', retry: { delays: [value] } })).toMatch(
        /delay .*30 days/,
      );
    },
  );

  it('30 days and 100 retries are accepted', () => {
    const p = defineProfile({
      id: 'x',
      extends: 'spike-forms',
      timeout: '30d',
      retry: { delays: ['30d'] },
      retries: 100,
    });
    expect(p.timeoutMs).toBe(30 * 86_400_000);
    expect(p.retry.delaysMs).toHaveLength(100);
  });
});

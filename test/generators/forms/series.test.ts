import { describe, expect, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { formKinds, ISO_MS, REF, REF_MS, seeds } from './support.ts';

const FORM_ID = /^(c[0-9a-z]{24}|c[0-9a-z]{8}|form_[0-9a-z]{16})$/;
const SUBMISSION_ID = /^sub_[0-9a-z]{20}$/;

describe('count: a series of submissions to one form', () => {
  it.each(formKinds)(
    '%s: same form, different submitters, increasing times ending at or before refDate',
    (kind) => {
      for (const seed of seeds(3)) {
        const series = generate('spike-forms', { kind, seed, count: 25, refDate: REF });
        expect(series).toHaveLength(25);
        expect(new Set(series.map((s) => `${s.formId}|${s.formName}|${s.formSlug}`)).size).toBe(1);
        expect(new Set(series.map((s) => s.submissionId)).size).toBe(25);
        const emails = series
          .map((s) => (s.data as { email?: string }).email)
          .filter((e) => e !== undefined && e !== '');
        expect(new Set(emails).size).toBeGreaterThanOrEqual(emails.length - 1);
        const times = series.map((s) => Date.parse(s.metadata.timestamp));
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
        expect(times.at(-1)).toBeLessThanOrEqual(REF_MS);
        const hosts = new Set(
          series
            .map((s) => s.metadata.referrer)
            .filter((r): r is string => Boolean(r))
            .map((r) => new URL(r).host),
        );
        expect(hosts.size).toBe(1);
      }
    },
  );

  it('the timestamped dialect sends each webhook at or after its submission was stored, and at or before refDate', () => {
    const series = generate('spike-forms-timestamped', { kind: 'contact', seed: 4, count: 40, refDate: REF });
    const created = series.map((s) => Date.parse(s.submission.createdAt));
    for (const [i, s] of series.entries()) {
      expect(s.timestamp).toMatch(ISO_MS);
      expect(Date.parse(s.timestamp)).toBeGreaterThanOrEqual(created[i] as number);
      expect(Date.parse(s.timestamp)).toBeLessThanOrEqual(REF_MS);
      if (i > 0) expect(created[i]).toBeGreaterThan(created[i - 1] as number);
    }
  });

  it('different kinds of the same seed are different forms', () => {
    const ids = new Set(
      formKinds.map((kind) => generate('spike-forms', { kind, seed: 1, refDate: REF }).formId),
    );
    expect(ids.size).toBe(formKinds.length);
  });
});

describe('ids', () => {
  it('formId is a cuid, a short cuid like the docs’ clx123abc, or form_...; submissionId is sub_...', () => {
    const styles = new Set<string>();
    for (const kind of formKinds) {
      for (const seed of seeds(40)) {
        const s = generate('spike-forms', { kind, seed, refDate: REF });
        expect(s.formId).toMatch(FORM_ID);
        expect(s.submissionId).toMatch(SUBMISSION_ID);
        styles.add(s.formId.startsWith('form_') ? 'form_' : s.formId.length === 25 ? 'cuid' : 'short');
        expect(s.formSlug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
    expect(styles).toEqual(new Set(['cuid', 'short', 'form_']));
  });

  it('cuid-style form ids start with the base-36 time the form was created, before refDate', () => {
    for (const seed of seeds(40)) {
      const { formId } = generate('spike-forms', { kind: 'contact', seed, refDate: REF });
      if (formId.length !== 25) continue;
      const created = Number.parseInt(formId.slice(1, 9), 36);
      expect(created).toBeLessThan(REF_MS);
      expect(created).toBeGreaterThan(REF_MS - 2 * 365 * 86_400_000);
    }
  });
});

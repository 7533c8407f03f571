import { describe, expect, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { formKinds, REF } from './support.ts';

/** Throwaway-mail services, listed here independently of the generator. */
const DISPOSABLE =
  /@(mailinator\.com|yopmail\.com|guerrillamail\.com|sharklasers\.com|10minutemail\.com|trashmail\.com|maildrop\.cc|dispostable\.com)$/;
const LINK = /https?:\/\//g;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Han}]/u;

type Data = Record<string, unknown>;
const series = (kind: (typeof formKinds)[number], count: number, extra: Record<string, unknown> = {}) =>
  generate('spike-forms', { kind, seed: 11, count, refDate: REF, ...extra }).map((s) => s.data as Data);

/** How a spam-like submission shows: a disposable address, or a text stuffed with links. */
function looksLikeSpam(data: Data): boolean {
  return Object.values(data).some(
    (value) => typeof value === 'string' && (DISPOSABLE.test(value) || (value.match(LINK)?.length ?? 0) >= 2),
  );
}

describe('spamShare', () => {
  it('turns the requested share of submissions into spam, within ±3 % at n = 2000', () => {
    for (const share of [0.1, 0.3, 0.6]) {
      const clean = series('contact', 2000);
      const spammy = series('contact', 2000, { spamShare: share });
      let changed = 0;
      for (const [i, data] of spammy.entries()) {
        const same = JSON.stringify(data) === JSON.stringify(clean[i]);
        if (!same) {
          changed++;
          expect(looksLikeSpam(data), JSON.stringify(data)).toBe(true);
          expect(data.email).toMatch(DISPOSABLE);
          expect((data.message as string).match(LINK)?.length).toBeGreaterThanOrEqual(2);
        } else expect(looksLikeSpam(data)).toBe(false);
      }
      expect(Math.abs(changed / 2000 - share), `share ${share}: ${changed}`).toBeLessThanOrEqual(0.03);
    }
  });

  it('0 (the default) gives none, and every kind can be spammed', () => {
    for (const kind of formKinds) {
      const none = series(kind, 300, { spamShare: 0 });
      expect(none).toEqual(series(kind, 300));
      expect(none.filter(looksLikeSpam)).toHaveLength(0);
      const all = series(kind, 50, { spamShare: 1 });
      if (kind !== 'newsletter' && kind !== 'feedback')
        expect(all.filter(looksLikeSpam).length, kind).toBe(50);
      else expect(all.filter(looksLikeSpam).length, kind).toBeGreaterThan(20);
    }
  });

  it('nonsense names, foreign-script and link-stuffed messages; choices keep their valid values', () => {
    const spam = series('contact', 400, { spamShare: 1 });
    const clean = series('contact', 400);
    expect(spam.filter((d) => FOREIGN.test(d.message as string)).length).toBeGreaterThan(80);
    expect(spam.filter((d) => /\[url=|<a href=/.test(d.message as string)).length).toBeGreaterThan(200);
    // No spam name is a name the clean submissions use.
    const names = new Set(clean.map((d) => d.name));
    expect(spam.filter((d) => names.has(d.name))).toHaveLength(0);
    // Links only point at names reserved for examples.
    for (const d of spam) {
      for (const url of (d.message as string).match(/https?:\/\/[^\s"\]/]+/g) ?? [])
        expect(url).toMatch(/\.example(\.(com|net|org))?$/);
    }
    const tickets = generate('spike-forms', {
      kind: 'support-ticket',
      seed: 3,
      count: 50,
      refDate: REF,
      spamShare: 1,
    });
    const plain = generate('spike-forms', { kind: 'support-ticket', seed: 3, count: 50, refDate: REF });
    for (const [i, t] of tickets.entries()) {
      expect(t.data.priority).toBe(plain[i]?.data.priority);
      expect(t.data.area).toBe(plain[i]?.data.area);
    }
  });

  it('is deterministic, the same in both dialects, and marks the honeypot with unknown-fields', () => {
    const a = generate('spike-forms', { kind: 'feedback', seed: 4, count: 30, refDate: REF, spamShare: 0.5 });
    const b = generate('spike-forms', { kind: 'feedback', seed: 4, count: 30, refDate: REF, spamShare: 0.5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const t = generate('spike-forms-timestamped', {
      kind: 'feedback',
      seed: 4,
      count: 30,
      refDate: REF,
      spamShare: 0.5,
    });
    for (const [i, s] of t.entries()) expect(s.submission.data).toEqual(a[i]?.data);
    const odd = generate('spike-forms', {
      kind: 'contact',
      seed: 9,
      count: 200,
      refDate: REF,
      spamShare: 0.5,
      awkward: 'unknown-fields',
    }) as unknown as { data: Data; spam: { score: number; honeypot: boolean } }[];
    const spam = odd.filter((s) => looksLikeSpam(s.data));
    const ham = odd.filter((s) => !looksLikeSpam(s.data));
    expect(spam.length).toBeGreaterThan(60);
    expect(spam.every((s) => s.spam.score >= 0.75)).toBe(true);
    expect(ham.every((s) => s.spam.score <= 0.2 && !s.spam.honeypot)).toBe(true);
    expect(spam.filter((s) => s.spam.honeypot).length / spam.length).toBeGreaterThan(0.4);
  });

  it('is validated: a number from 0 to 1', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, '0.2', null, Number.POSITIVE_INFINITY]) {
      for (const profile of ['spike-forms', 'spike-forms-timestamped'] as const) {
        let error: unknown;
        try {
          generate(profile, { kind: 'contact', spamShare: bad as never });
        } catch (e) {
          error = e;
        }
        expect(isSpikeKitError(error, 'INVALID_OPTION'), `${profile} ${String(bad)}`).toBe(true);
        expect(String((error as Error).message)).toContain("'spamShare'");
      }
    }
  });
});

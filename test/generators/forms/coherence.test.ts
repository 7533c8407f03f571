import { faker as fakerDe } from '@faker-js/faker/locale/de';
import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../../generators/core/faker.ts';
import type { FormsEvents } from '../../../generators/forms/index.ts';
import { romanize } from '../../../generators/forms/locales/cjk-names.ts';
import { countries } from '../../../generators/forms/locales/countries.ts';
import { phrasebooks } from '../../../generators/forms/phrases/phrasebooks.ts';
import { generate } from '../../../generators/generate.ts';
import {
  asciiSpellings,
  CJK,
  callingCodes,
  EMOJI,
  type formKinds,
  ISO_MS,
  localeOfCountry,
  REF,
  REF_MS,
  seeds,
  submissions,
} from './support.ts';

type AnySubmission = FormsEvents[keyof FormsEvents];
const nameOf = (s: AnySubmission): { full?: string; first?: string; last?: string } => {
  const d = s.data as Record<string, unknown>;
  return {
    ...(typeof d.name === 'string' ? { full: d.name } : {}),
    ...(typeof d.firstName === 'string' ? { first: d.firstName } : {}),
    ...(typeof d.lastName === 'string' ? { last: d.lastName } : {}),
  };
};
const stripEmoji = (text: string) => text.replace(/ \p{Extended_Pictographic}\uFE0F?$/u, '');

describe('field coherence', () => {
  it('the email local part comes from the submitter’s name (romanised for Japanese and Korean)', () => {
    let checked = 0;
    for (const [, , s] of submissions(40)) {
      const email = (s.data as { email?: unknown }).email;
      const { full, first, last } = nameOf(s);
      if (typeof email !== 'string' || email === '' || !(full || first || last)) continue;
      const local = email.slice(0, email.indexOf('@'));
      const parts = [full, first, last]
        .filter((p): p is string => p !== undefined && p !== '')
        .flatMap((p) =>
          CJK.test(p)
            ? cjkParts(p).map((part) => romanize(part) ?? '?')
            : p.split(/[\s-]+/).flatMap(asciiSpellings),
        )
        .filter((p) => p.length > 1);
      // With only a first name posted, the address may start with its initial and use the unposted surname.
      const initialOnly = full === undefined && last === undefined && local.startsWith(parts[0]?.[0] ?? '?');
      expect(
        parts.some((p) => local.includes(p)) || initialOnly,
        `${email} for ${full ?? `${first} ${last}`}`,
      ).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('business senders write from their company’s domain, personal ones from a free-mail domain of their country', () => {
    let business = 0;
    for (const [kind, , s] of submissions(40)) {
      const d = s.data as { email?: string; company?: string };
      if (d.email === undefined || d.email === '') continue;
      const domain = d.email.slice(d.email.indexOf('@') + 1);
      const freeMail = countries[s.metadata.country as keyof typeof countries].freeMail;
      if (kind === 'job-application') expect(freeMail).toContain(domain);
      if (kind === 'demo-request') expect(freeMail).not.toContain(domain);
      if (typeof d.company === 'string' && d.company !== '') {
        business++;
        expect(freeMail).not.toContain(domain);
        const labelParts = domain.slice(0, domain.indexOf('.')).split('-');
        const spellings = CJK.test(d.company) ? [romanisedCompany(d.company)] : asciiSpellings(d.company);
        expect(
          spellings.some((spelling) => labelParts.every((part) => spelling.includes(part))),
          `${d.company} / ${domain}`,
        ).toBe(true);
      }
    }
    expect(business).toBeGreaterThan(50);
  });

  it('country, phone and user-agent language agree with the submitter’s locale', () => {
    let international = 0;
    let tagged = 0;
    for (const locale of localeIds) {
      for (const seed of seeds(12)) {
        for (const kind of ['contact', 'job-application', 'demo-request'] as const) {
          const s = generate('spike-forms', { kind, seed, locale, refDate: REF });
          const { country, language } = locales[locale];
          expect(s.metadata.country).toBe(country);
          if (kind === 'demo-request') expect((s.data as { country?: string }).country).toBe(country);
          const phone = (s.data as { phone?: string }).phone;
          if (phone?.startsWith('+')) {
            international++;
            expect(phone.replace(/ /g, '')).toMatch(new RegExp(`^\\+${callingCodes[country]}\\d{5,}$`));
          } else if (phone !== undefined && phone !== '') {
            expect(phone).toMatch(/^[0-9(][0-9 ()\-.x]+$/);
          }
          const ua = s.metadata.userAgent;
          const uaLocale =
            /FBLC\/([a-z]{2}_[A-Z]{2})|; ([a-z]{2}_[A-Z]{2}); [a-z]{2};|; ([a-z]{2}_[A-Z]{2}); \d+\)$/.exec(
              ua,
            );
          if (uaLocale !== null) {
            tagged++;
            expect(uaLocale.slice(1).find(Boolean)).toBe(language.replace('-', '_'));
          }
        }
      }
    }
    expect(international).toBeGreaterThan(100);
    expect(tagged).toBeGreaterThan(10);
  });

  it('without a locale option, submitters come from the site’s locale mostly, and the country always names theirs', () => {
    const countriesSeen = new Set<string>();
    for (const [, , s] of submissions(30)) {
      expect(Object.values(locales).map((l) => l.country)).toContain(s.metadata.country);
      countriesSeen.add(s.metadata.country);
    }
    expect(countriesSeen.size).toBeGreaterThan(10);
  });

  it('a German submitter has a German name and writes German', () => {
    const first = new Set([
      ...(fakerDe.rawDefinitions.person?.first_name?.female ?? []),
      ...(fakerDe.rawDefinitions.person?.first_name?.male ?? []),
      ...(fakerDe.rawDefinitions.person?.first_name?.generic ?? []),
    ]);
    const last = new Set(fakerDe.rawDefinitions.person?.last_name?.generic ?? []);
    for (const seed of seeds(30)) {
      const contact = generate('spike-forms', { kind: 'contact', seed, locale: 'de', refDate: REF });
      const [given, ...family] = contact.data.name.split(' ');
      expect(first.has(given ?? '')).toBe(true);
      expect(last.has(family.join(' '))).toBe(true);
      expect(contact.data.message).toMatch(/\b(ich|Sie|Ihr|wir|Wir|und|nicht|bitte)\b/);
      expect(contact.data.message).not.toMatch(/\b(the|please|my|your)\b/i);
      expect(contact.metadata.country).toBe('DE');
      const ticket = generate('spike-forms', { kind: 'support-ticket', seed, locale: 'de', refDate: REF });
      expect(ticket.data.description).toMatch(/\b(ich|Sie|und|nicht|bitte|den|dem|mit|seit|nur)\b/);
    }
  });

  it('Japanese and Korean submitters have names in their scripts, written family name first', () => {
    for (const seed of seeds(20)) {
      const ja = generate('spike-forms', { kind: 'contact', seed, locale: 'ja', refDate: REF });
      expect(ja.data.name).toMatch(
        /^[\p{Script=Han}\p{Script=Hiragana}]+ [\p{Script=Han}\p{Script=Hiragana}]+$/u,
      );
      expect(romanize(ja.data.name.split(' ')[0] ?? '')).toBeDefined();
      expect(ja.data.message).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
      const ko = generate('spike-forms', { kind: 'event-registration', seed, locale: 'ko', refDate: REF });
      expect(`${ko.data.lastName}${ko.data.firstName}`).toMatch(/^\p{Script=Hangul}+$/u);
    }
  });

  it('unicode appears naturally: diacritics, CJK and the occasional emoji', () => {
    let diacritics = 0;
    let cjk = 0;
    let emoji = 0;
    for (const [, , s] of submissions(60)) {
      const text = JSON.stringify(s.data);
      if (/[À-ž]/.test(text)) diacritics++;
      if (CJK.test(text)) cjk++;
      if (EMOJI.test(text)) emoji++;
    }
    expect(diacritics).toBeGreaterThan(20);
    expect(cjk).toBeGreaterThan(5);
    expect(emoji).toBeGreaterThan(5);
  });

  it('feedback: the comment’s sentiment, the category and the recommendation agree with the rating', () => {
    const sentiments = new Set<string>();
    for (const seed of seeds(150)) {
      const s = generate('spike-forms', { kind: 'feedback', seed, refDate: REF });
      const rating = Number(s.data.rating);
      expect([1, 2, 3, 4, 5]).toContain(rating);
      expect(typeof s.data.rating === 'number' || String(rating) === s.data.rating).toBe(true);
      const sentiment = rating >= 4 ? 'positive' : rating === 3 ? 'mixed' : 'negative';
      sentiments.add(sentiment);
      const book = phrasebooks[localeOfCountry(s.metadata.country)];
      if (typeof s.data.comment === 'string' && s.data.comment !== '') {
        const index = book.feedback[sentiment].indexOf(stripEmoji(s.data.comment));
        expect(index, `${rating} stars: ${s.data.comment}`).toBeGreaterThanOrEqual(0);
      }
      if (rating >= 4) expect(s.data.recommend).not.toBe('no');
      if (rating <= 2) expect(s.data.recommend).not.toBe('yes');
      if (s.data.contactMe === true || s.data.contactMe === 'on') expect(s.data.email).toMatch(/@/);
      if (rating <= 2) expect(['support', 'pricing', 'product']).toContain(s.data.category);
    }
    expect(sentiments.size).toBe(3);
  });

  it('English feedback comments read the way the stars say', () => {
    for (const seed of seeds(80)) {
      const s = generate('spike-forms', { kind: 'feedback', seed, locale: 'en_US', refDate: REF });
      const comment = s.data.comment ?? '';
      if (Number(s.data.rating) === 5)
        expect(comment).not.toMatch(/disappointed|expensive|nobody|broken|slow/i);
      if (Number(s.data.rating) === 1) expect(comment).not.toMatch(/love|easy to use|just worked/i);
    }
  });

  it('job applications carry a PDF CV, a position of the form, and a salary in the applicant’s currency', () => {
    const positions = new Set<string>();
    for (const seed of seeds(60)) {
      const s = generate('spike-forms', { kind: 'job-application', seed, refDate: REF });
      expect(s.data.cv).toMatch(/^file:[^/\\]+\.pdf$/);
      if (s.data.coverLetter !== undefined && s.data.coverLetter !== ('' as never))
        expect(s.data.coverLetter).toMatch(/^file:.+\.(pdf|docx)$/);
      if (s.data.salaryExpectation) {
        expect(s.data.salaryExpectation).toMatch(
          new RegExp(`^\\d+ ${countries[s.metadata.country as keyof typeof countries].currency}$`),
        );
      }
      if (s.data.startDate)
        expect(Date.parse(s.data.startDate)).toBeGreaterThan(Date.parse(s.metadata.timestamp));
      positions.add(s.data.position);
    }
    expect(positions.size).toBeGreaterThan(5);
    const series = generate('spike-forms', { kind: 'job-application', seed: 3, count: 30, refDate: REF });
    expect(new Set(series.map((s) => s.data.position)).size).toBeLessThanOrEqual(5);
    const german = generate('spike-forms', { kind: 'job-application', seed: 3, locale: 'de', refDate: REF });
    expect(german.data.position).toMatch(/ \(m\/w\/d\)$/);
  });

  it('demo requests: the role fits the company size and the sender writes from work', () => {
    for (const seed of seeds(120)) {
      const s = generate('spike-forms', { kind: 'demo-request', seed, refDate: REF });
      const small = s.data.companySize === '1-10' || s.data.companySize === '11-50';
      const large = ['501-1000', '1001-5000', '5000+'].includes(s.data.companySize);
      if (['Founder', 'Co-founder', 'CEO'].includes(s.data.role)) expect(small).toBe(true);
      if (['IT Director', 'VP Engineering', 'Procurement Manager'].includes(s.data.role))
        expect(large).toBe(true);
      expect(s.data.company).not.toBe('');
      expect(s.data.country).toBe(s.metadata.country);
    }
  });

  it('event registrations: students use personal mail and no company; online attendees order no meals or shirts', () => {
    const tickets = new Set<string>();
    for (const seed of seeds(150)) {
      const s = generate('spike-forms', { kind: 'event-registration', seed, refDate: REF });
      tickets.add(s.data.ticketType);
      const freeMail = countries[s.metadata.country as keyof typeof countries].freeMail;
      if (s.data.ticketType === 'student') {
        expect(freeMail).toContain(s.data.email.slice(s.data.email.indexOf('@') + 1));
        expect(s.data.company ?? '').toBe('');
      }
      if (s.data.ticketType === 'online') {
        for (const meal of [s.data.dietary, s.data.tshirtSize]) expect(meal ?? '').toHaveLength(0);
        expect(String(s.data.sessions)).not.toContain('networking-dinner');
      }
    }
    expect(tickets).toEqual(new Set(['standard', 'vip', 'student', 'online']));
  });

  it('support tickets describe a problem in their product area with their priority’s urgency', () => {
    for (const seed of seeds(120)) {
      const s = generate('spike-forms', { kind: 'support-ticket', seed, refDate: REF });
      const book = phrasebooks[localeOfCountry(s.metadata.country)];
      expect(s.data.subject).toBe(book.support.subjects[s.data.area]);
      expect(s.data.description.startsWith(book.support.problems[s.data.area])).toBe(true);
      expect(stripEmoji(s.data.description).endsWith(book.support.urgency[s.data.priority])).toBe(true);
      if (s.data.browser) {
        const [browser, version] = s.data.browser.split(' ');
        const token = {
          Chrome: /(Chrome|CriOS)\//,
          Edge: /Edg\//,
          Firefox: /Firefox\//,
          Safari: /Safari\//,
          Instagram: /Instagram /,
          Facebook: /FBAN/,
        }[browser as 'Chrome'];
        expect(s.metadata.userAgent).toMatch(token);
        if (/^\d+$/.test(version ?? '')) expect(s.metadata.userAgent).toContain(`/${version}.`);
        if (s.data.browser.endsWith('on Windows')) expect(s.metadata.userAgent).toContain('Windows NT');
        if (s.data.browser.includes('iPhone')) expect(s.metadata.userAgent).toContain('iPhone');
      }
      if (s.data.attachment) expect(s.data.attachment).toMatch(/^file:.+\.png$/);
    }
  });

  it('metadata: a user agent of a real browser, a referrer on the form’s site, a time at or before refDate', () => {
    for (const [, , s] of submissions(30)) {
      const { userAgent, referrer, timestamp } = s.metadata;
      expect(userAgent).toMatch(
        /^Mozilla\/5\.0 \((Windows NT 10\.0|Macintosh|X11; Linux|iPhone|Linux; Android)/,
      );
      if (userAgent.includes('iPhone')) expect(userAgent).toMatch(/Mobile\/15E148/);
      if (/Chrome\/(\d+)/.test(userAgent))
        expect(Number(/Chrome\/(\d+)/.exec(userAgent)?.[1])).toBeLessThanOrEqual(144);
      expect(referrer === '' || /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/.test(referrer ?? '')).toBe(
        true,
      );
      expect(timestamp).toMatch(ISO_MS);
      expect(Date.parse(timestamp)).toBeLessThanOrEqual(REF_MS);
      expect(Date.parse(timestamp)).toBeGreaterThan(REF_MS - 3 * 86_400_000);
    }
    const utm = [...submissions(30)].filter(([, , s]) => (s.metadata.referrer ?? '').includes('utm_source='));
    expect(utm.length).toBeGreaterThan(20);
  });

  it('the kinds carry the fields that make them what they are', () => {
    const required: Record<(typeof formKinds)[number], string[]> = {
      contact: ['name', 'email', 'message'],
      newsletter: ['email', 'topics', 'frequency', 'consent'],
      feedback: ['rating', 'category'],
      'job-application': ['firstName', 'lastName', 'email', 'phone', 'position', 'cv'],
      'demo-request': ['name', 'email', 'company', 'companySize', 'role', 'country'],
      'event-registration': ['firstName', 'lastName', 'email', 'ticketType', 'sessions', 'consent'],
      'support-ticket': ['name', 'email', 'area', 'priority', 'subject', 'description'],
    };
    for (const [kind, , s] of submissions(10)) {
      for (const key of required[kind]) expect(s.data, `${kind}.${key}`).toHaveProperty(key);
    }
  });
});

/** The family and given name of a Japanese (space-separated) or Korean (one-syllable family name) full name. */
function cjkParts(name: string): string[] {
  if (name.includes(' ')) return name.split(' ');
  const family = (
    ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'] as const
  ).find((f) => name.startsWith(f));
  return family === undefined ? [name] : [family, name.slice(family.length)];
}

/** A Japanese or Korean company name with every known part romanised (legal forms dropped). */
function romanisedCompany(company: string): string {
  const known = new Map([
    ...phrasebooks.ja.sectors,
    ...phrasebooks.ko.sectors,
    ...(phrasebooks.ko.brands ?? []),
  ]);
  let out = '';
  for (let i = 0; i < company.length; ) {
    const length = [6, 5, 4, 3, 2, 1].find(
      (n) => known.has(company.slice(i, i + n)) || romanize(company.slice(i, i + n)),
    );
    if (length === undefined) {
      i++;
      continue;
    }
    const part = company.slice(i, i + length);
    out += known.get(part) ?? romanize(part);
    i += length;
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { checkFormsSubmission } from '../../../src/schemas/forms/index.ts';
import { checkFormsTimestampedSubmission } from '../../../src/schemas/forms-timestamped/index.ts';
import { formKinds, REF, seeds } from './support.ts';

const SPECIAL = ['_next', '_subject', '_replyto', '_gotcha', 'g-recaptcha-response'];
/** The optional fields of each kind (see the data types in generators/forms/form-data.ts). */
const optional: Record<(typeof formKinds)[number], string[]> = {
  contact: ['phone', 'company', 'subject'],
  newsletter: ['firstName'],
  feedback: ['name', 'email', 'comment', 'recommend', 'contactMe'],
  'job-application': [
    'coverLetter',
    'linkedin',
    'portfolio',
    'startDate',
    'salaryExpectation',
    'source',
    'message',
  ],
  'demo-request': ['phone', 'message', 'preferredTime', 'marketingOptIn'],
  'event-registration': ['company', 'jobTitle', 'dietary', 'tshirtSize', 'accessibility'],
  'support-ticket': ['accountId', 'browser', 'attachment'],
};

describe('awkward variants', () => {
  it.each(formKinds)('%s unknown-fields: extra fields at the root and in metadata, still valid', (kind) => {
    const plain = generate('spike-forms', { kind, seed: 2, refDate: REF });
    const s = generate('spike-forms', { kind, seed: 2, refDate: REF, awkward: 'unknown-fields' });
    expect(Object.keys(s).length).toBeGreaterThan(Object.keys(plain).length);
    expect(Object.keys(s.metadata).length).toBeGreaterThan(Object.keys(plain.metadata).length);
    expect(checkFormsSubmission(s)).toEqual([]);
    const t = generate('spike-forms-timestamped', { kind, seed: 2, refDate: REF, awkward: 'unknown-fields' });
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['webhookId']));
    expect(Object.keys(t.form).length).toBeGreaterThan(3);
    expect(checkFormsTimestampedSubmission(t)).toEqual([]);
  });

  it('unknown-kind: an event other than submission.created, still a valid body', () => {
    const events = new Set(
      seeds(20).map(
        (seed) => generate('spike-forms', { kind: 'contact', seed, awkward: 'unknown-kind' }).event,
      ),
    );
    expect(events.has('submission.created')).toBe(false);
    expect([...events].every((event) => /^submission\.[a-z_]+$/.test(event))).toBe(true);
    expect(events.size).toBeGreaterThan(1);
  });

  it.each(formKinds)('%s empty-optionals: every optional field present and empty, referrer empty', (kind) => {
    for (const seed of seeds(5)) {
      const s = generate('spike-forms', { kind, seed, refDate: REF, awkward: 'empty-optionals' });
      const data = s.data as Record<string, unknown>;
      for (const key of optional[kind])
        expect(data[key] === '' || (Array.isArray(data[key]) && (data[key] as []).length === 0), key).toBe(
          true,
        );
      expect(s.metadata.referrer).toBe('');
      expect(checkFormsSubmission(s)).toEqual([]);
    }
  });

  it.each(formKinds)('%s null-optionals: every optional field and the referrer are null', (kind) => {
    const s = generate('spike-forms', { kind, seed: 3, refDate: REF, awkward: 'null-optionals' });
    for (const key of optional[kind]) expect((s.data as Record<string, unknown>)[key], key).toBeNull();
    expect(s.metadata.referrer).toBeNull();
    // The schema lets Spike send a null referrer (no Referer header): the variant is still a valid submission.
    expect(checkFormsSubmission(s)).toEqual([]);
  });

  it.each(formKinds)('%s minimal: optional fields and the referrer left out', (kind) => {
    const s = generate('spike-forms', { kind, seed: 3, refDate: REF, awkward: 'minimal' });
    for (const key of optional[kind]) expect(s.data).not.toHaveProperty(key);
    expect(s.metadata).not.toHaveProperty('referrer');
    expect(checkFormsSubmission(s)).toEqual([]);
    const t = generate('spike-forms-timestamped', { kind, seed: 3, refDate: REF, awkward: 'minimal' });
    expect(Object.keys(t.submission.data)).toEqual(Object.keys(s.data));
  });

  it.each(formKinds)('%s large: long texts, many fields, a big multi-value, still valid', (kind) => {
    const s = generate('spike-forms', { kind, seed: 4, refDate: REF, awkward: 'large', multiValue: 'array' });
    const values = Object.values(s.data);
    expect(values.some((v) => typeof v === 'string' && v.length >= 20_000)).toBe(true);
    expect(Object.keys(s.data).length).toBeGreaterThan(150);
    expect(values.some((v) => Array.isArray(v) && v.length >= 400)).toBe(true);
    expect(JSON.stringify(s).length).toBeGreaterThan(25_000);
    expect(checkFormsSubmission(s)).toEqual([]);
  });
});

describe('Spike’s control fields are never stored', () => {
  it('no _next, _subject, _replyto, _gotcha or g-recaptcha-response in data, for any kind, seed or variant', () => {
    const variants = [undefined, 'unknown-fields', 'large', 'empty-optionals', 'null-optionals'] as const;
    let checked = 0;
    for (const kind of formKinds) {
      for (const seed of seeds(40)) {
        for (const awkward of variants) {
          const s = generate('spike-forms', { kind, seed, refDate: REF, ...(awkward ? { awkward } : {}) });
          for (const key of Object.keys(s.data)) {
            expect(SPECIAL).not.toContain(key);
            expect(key.startsWith('_')).toBe(false);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(formKinds.length * 40 * variants.length);
  });
});

import { describe, expect, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { formKinds, REF } from './support.ts';

describe('spike-forms generators are seeded and reproducible', () => {
  it.each(formKinds)('%s: the same seed and refDate give byte-identical output, in both dialects', (kind) => {
    for (const profile of ['spike-forms', 'spike-forms-timestamped'] as const) {
      const a = JSON.stringify(generate(profile, { kind, seed: 'same', refDate: REF, count: 3 }));
      const b = JSON.stringify(generate(profile, { kind, seed: 'same', refDate: REF, count: 3 }));
      expect(b).toBe(a);
    }
  });

  it('gives the same output however the calls are interleaved (no hidden state leaks between calls)', () => {
    const alone = JSON.stringify(generate('spike-forms', { kind: 'feedback', seed: 5, refDate: REF }));
    generate('spike-forms', { kind: 'contact', seed: 99, locale: 'ja', count: 4 });
    generate('spike-forms-timestamped', { kind: 'feedback', seed: 6 });
    expect(JSON.stringify(generate('spike-forms', { kind: 'feedback', seed: 5, refDate: REF }))).toBe(alone);
  });

  it.each(formKinds)('%s: different seeds give different submissions', (kind) => {
    const outputs = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        JSON.stringify(generate('spike-forms', { kind, seed, refDate: REF }).data),
      ),
    );
    expect(outputs.size).toBe(20);
  });

  it('a different refDate moves the submission in time', () => {
    const early = generate('spike-forms', { kind: 'contact', seed: 1, refDate: '2025-03-01T00:00:00.000Z' });
    const late = generate('spike-forms', { kind: 'contact', seed: 1, refDate: REF });
    expect(Date.parse(early.metadata.timestamp)).toBeLessThanOrEqual(Date.parse('2025-03-01T00:00:00.000Z'));
    expect(early.metadata.timestamp).not.toBe(late.metadata.timestamp);
  });

  it.each(formKinds)('%s: both dialects carry the same submission for the same seed', (kind) => {
    for (const seed of [1, 2, 3]) {
      const forms = generate('spike-forms', { kind, seed, refDate: REF });
      const stamped = generate('spike-forms-timestamped', { kind, seed, refDate: REF });
      expect(stamped.form).toEqual({ id: forms.formId, name: forms.formName, slug: forms.formSlug });
      expect(stamped.submission).toEqual({
        id: forms.submissionId,
        data: forms.data,
        createdAt: forms.metadata.timestamp,
      });
      expect(stamped.event).toBe(forms.event);
    }
  });

  it('awkward variants agree between the dialects too', () => {
    const awkward = ['unknown-kind', 'unknown-fields', 'large'] as const;
    for (const seed of [1, 2, 3]) {
      const forms = generate('spike-forms', { kind: 'contact', seed, refDate: REF, awkward }) as Record<
        string,
        unknown
      > & {
        event: string;
        data: unknown;
      };
      const stamped = generate('spike-forms-timestamped', {
        kind: 'contact',
        seed,
        refDate: REF,
        awkward,
      }) as unknown as {
        event: string;
        form: Record<string, unknown>;
        submission: { data: unknown };
      };
      expect(stamped.event).toBe(forms.event);
      expect(stamped.form.workspaceId).toBe(forms.workspaceId);
      expect(stamped.submission.data).toEqual(forms.data);
    }
  });

  it('setting an option changes only what it fixes', () => {
    const drawn = generate('spike-forms', { kind: 'newsletter', seed: 8, refDate: REF });
    const fixedIp = generate('spike-forms', { kind: 'newsletter', seed: 8, refDate: REF, ipVersion: 6 });
    expect(fixedIp.metadata.ip).toContain(':');
    expect({ ...fixedIp, metadata: { ...fixedIp.metadata, ip: '' } }).toEqual({
      ...drawn,
      metadata: { ...drawn.metadata, ip: '' },
    });
    const awkward = generate('spike-forms', {
      kind: 'newsletter',
      seed: 8,
      refDate: REF,
      awkward: 'unknown-kind',
    });
    expect({ ...awkward, event: drawn.event }).toEqual(drawn);
  });
});

import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { bodyStyles, buildDelivery, serializeBody } from '../../src/delivery/index.ts';
import { defineProfile } from '../../src/profiles/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';

const submission = {
  event: 'submission.created',
  formId: 'clx123abc',
  submissionId: 'sub_1',
  data: { name: 'Zoë Müller', rating: 4.5, note: 'a/b 👋', tags: ['x', 'y'], empty: {} },
  metadata: { ip: '1.2.3.4', timestamp: '2026-01-15T10:30:00.000Z' },
};

describe('serializeBody', () => {
  it('keeps the value and changes the bytes for every awkward style', () => {
    const compact = JSON.stringify(submission);
    for (const style of bodyStyles) {
      const body = serializeBody(submission, style);
      expect(JSON.parse(body)).toEqual(submission);
      if (style === 'compact') expect(body).toBe(compact);
      else expect(body).not.toBe(compact);
    }
  });

  it('writes what each style promises', () => {
    expect(serializeBody({ a: 1, b: [1, 2] }, 'spaced')).toBe('{"a": 1, "b": [1, 2]}');
    expect(serializeBody({ s: 'é/👋' }, 'ascii')).toBe('{"s":"\\u00e9\\/\\ud83d\\udc4b"}');
    expect(serializeBody({ n: 1.5, i: 2, e: 1e-7 }, 'padded-decimals')).toBe('{"n":1.50,"i":2,"e":1e-7}');
    expect(serializeBody({ a: [] }, 'pretty')).toBe('{\n  "a": []\n}');
    expect(serializeBody({}, 'trailing-newline')).toBe('{}\n');
    expect(serializeBody({ s: 'é', n: 0.25 }, 'awkward')).toBe('{"s": "\\u00e9", "n": 0.250}\n');
    expect(serializeBody({ u: undefined, f: () => 1, d: new Date(0) }, 'spaced')).toBe(
      '{"d": "1970-01-01T00:00:00.000Z"}',
    );
  });

  it('rejects an unknown style with the list of valid ones', () => {
    expect(() => serializeBody({}, 'yaml' as never)).toThrow(/'compact', 'pretty'/);
  });
});

describe('buildDelivery', () => {
  it('builds the exact request: POST, content type then signature, body as sent', () => {
    const delivery = buildDelivery('spike-forms', submission, {
      secret: 's3cret',
      url: 'http://127.0.0.1/hook',
    });
    expect(delivery.method).toBe('POST');
    expect(delivery.url).toBe('http://127.0.0.1/hook');
    expect(Object.keys(delivery.headers)).toEqual(['Content-Type', 'X-Spike-Signature']);
    expect(delivery.headers['Content-Type']).toBe('application/json');
    expect(delivery.body).toBe(JSON.stringify(submission));
    expect(verifyDelivery('spike-forms', delivery, { secret: 's3cret' }).ok).toBe(true);
  });

  it('signs awkward bytes, which only a raw-bytes verifier accepts', () => {
    const delivery = buildDelivery('spike-forms', submission, { secret: 's3cret', bodyStyle: 'awkward' });
    expect(verifyDelivery('spike-forms', delivery, { secret: 's3cret' }).ok).toBe(true);
    const reserialised = { ...delivery, body: JSON.stringify(JSON.parse(delivery.body)) };
    expect(verifyDelivery('spike-forms', reserialised, { secret: 's3cret' }).ok).toBe(false);
  });

  it('sends Spike Forms unsigned without a secret, but requires one where Spike always signs', () => {
    expect(Object.keys(buildDelivery('spike-forms', submission).headers)).toEqual(['Content-Type']);
    for (const profile of ['spike-health-v2', 'spike-health-v3'] as const) {
      try {
        buildDelivery(profile, profile === 'spike-health-v3' ? [] : { event_id: 'e' });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error, 'SECRET_REQUIRED')).toBe(true);
      }
    }
  });

  it('checks the body shape from the profile', () => {
    expect(() => buildDelivery('spike-health-v3', { event_type: 'record_change' }, { secret: 'k' })).toThrow(
      /JSON array of events/,
    );
    expect(() => buildDelivery('spike-forms', [submission], { secret: 'k' })).toThrow(/one JSON object/);
  });

  it('derives the timestamp header from the event, deterministically, or takes it from the options', () => {
    const event = {
      event: 'submission.created',
      timestamp: '2026-01-01T00:00:00.000Z',
      submission: { id: 's' },
    };
    const a = buildDelivery('spike-forms-timestamped', event, { secret: 'k' });
    const b = buildDelivery('spike-forms-timestamped', event, { secret: 'k' });
    expect(a).toEqual(b);
    expect(a.headers['X-Spike-Timestamp']).toBe('1767225600');
    const later = buildDelivery('spike-forms-timestamped', event, {
      secret: 'k',
      timestamp: '2026-01-01T00:01:00Z',
    });
    expect(later.headers['X-Spike-Timestamp']).toBe('1767225660');
    expect(later.headers['X-Spike-Signature']).not.toBe(a.headers['X-Spike-Signature']);
    expect(() => buildDelivery('spike-forms-timestamped', { event: 'x' }, { secret: 'k' })).toThrow(
      /timestamp/,
    );
  });

  it('adds extra headers but never lets them replace the signature or content type', () => {
    const delivery = buildDelivery('spike-forms', submission, {
      secret: 'k',
      headers: { 'User-Agent': 'Spike/1', 'x-spike-signature': 'forged', 'content-type': 'text/plain' },
    });
    expect(delivery.headers['User-Agent']).toBe('Spike/1');
    expect(delivery.headers['X-Spike-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(delivery.headers['Content-Type']).toBe('application/json');
    expect(Object.keys(delivery.headers).filter((h) => h.toLowerCase() === 'x-spike-signature')).toHaveLength(
      1,
    );
  });

  it('works for a custom dialect defined as data', () => {
    const acme = defineProfile({
      id: 'acme',
      extends: 'spike-forms',
      signature: {
        header: 'X-Acme-Sig',
        prefix: 'v1=',
        signs: '{timestamp}:{body}',
        timestampHeader: 'X-Acme-Ts',
        timestampField: 'metadata.timestamp',
        required: 'always',
      },
    });
    const delivery = buildDelivery(acme, submission, { secret: 'k' });
    expect(delivery.headers['X-Acme-Ts']).toBe(String(Date.parse('2026-01-15T10:30:00.000Z') / 1000));
    expect(delivery.headers['X-Acme-Sig']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyDelivery(acme, delivery, { secret: 'k', now: '2026-01-15T10:30:00.000Z' }).ok).toBe(true);
    // fresh by default: the same delivery verified much later is a possible replay
    expect(verifyDelivery(acme, delivery, { secret: 'k', now: '2026-01-16T10:30:00.000Z' })).toMatchObject({
      reason: 'stale-timestamp',
    });
    expect(() => buildDelivery(acme, submission)).toThrow(/secret/);
  });
});

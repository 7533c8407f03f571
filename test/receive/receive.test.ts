import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError, type SpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { createReceiver, receive, receiveRequest } from '../../src/receive/index.ts';

const SECRET = 'whsec_receive';
const REF = '2026-01-15T10:30:00Z';
const NOW = { now: REF };

function codeOf(run: () => unknown): SpikeKitError {
  try {
    run();
  } catch (error) {
    if (isSpikeKitError(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

function delivered(profile: ProfileId, options: Record<string, unknown> = {}) {
  const event = generate(profile, { seed: 3, refDate: REF, ...options } as never);
  return buildDelivery(profile, event as never, { secret: SECRET, bodyStyle: 'awkward', timestamp: REF });
}

describe('receive: every profile, every way a body and headers arrive', () => {
  for (const profile of profileIds) {
    it(`${profile}: string, Buffer and Uint8Array bodies; Headers, records and arrays of header values`, () => {
      const d = delivered(profile);
      const lower = Object.fromEntries(Object.entries(d.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const upper = Object.fromEntries(Object.entries(d.headers).map(([k, v]) => [k.toUpperCase(), [v]]));
      const bodies = [d.body, Buffer.from(d.body), new TextEncoder().encode(d.body)];
      const headerForms = [d.headers, lower, upper, new Headers(d.headers)];
      const expected = JSON.parse(d.body);
      for (const body of bodies) {
        for (const headers of headerForms) {
          const r = receive(profile, { headers, body }, { secret: SECRET, ...NOW });
          expect(r.body).toEqual(expected);
          expect(r.events.length).toBe(Array.isArray(expected) ? expected.length : 1);
          expect(r.events.every((e) => e.kind !== 'unknown')).toBe(true);
          expect(r.secretIndex).toBe(0);
          expect(r.dedupKey).not.toBe('');
        }
      }
    });
  }

  it('types each event by its kind, and the dedup key is the profile’s', () => {
    const v2 = delivered('spike-health-v2', { kind: 'sleep' });
    const r = receive('spike-health-v2', { headers: v2.headers, body: v2.body }, { secret: SECRET });
    const [first] = r.events;
    if (first?.kind !== 'sleep') throw new Error(`kind ${first?.kind}`);
    expect(typeof first.event.data[0]?.total_sleep).toBe('number');
    expect(r.dedupKey).toBe(JSON.parse(v2.body).event_id);
    const forms = delivered('spike-forms', { kind: 'contact' });
    expect(receive('spike-forms', forms, { secret: SECRET }).dedupKey).toBe(
      JSON.parse(forms.body).submissionId,
    );
  });

  it('accepts the rotated secret and says which one verified', () => {
    const d = delivered('spike-health-v3');
    expect(receive('spike-health-v3', d, { secret: ['new-secret', SECRET] }).secretIndex).toBe(1);
  });
});

describe('receive: one coded error saying exactly why', () => {
  it('BODY_NOT_RAW for a parsed body, with the express.raw() hint', () => {
    const d = delivered('spike-forms');
    const error = codeOf(() =>
      receive('spike-forms', { headers: d.headers, body: JSON.parse(d.body) }, { secret: SECRET }),
    );
    expect(error.code).toBe('BODY_NOT_RAW');
    expect(error.message).toMatch(/express\.raw/);
  });

  it('SIGNATURE_INVALID with the verifier’s reason', () => {
    const d = delivered('spike-health-v3');
    const cases: [Record<string, string>, string, string][] = [
      [d.headers, SECRET.replace('w', 'W'), 'mismatch'],
      [{}, SECRET, 'missing-signature'],
      [{ 'X-Body-Signature': 'zz' }, SECRET, 'malformed-signature'],
    ];
    for (const [headers, secret, reason] of cases) {
      const error = codeOf(() => receive('spike-health-v3', { headers, body: d.body }, { secret }));
      expect(error.code).toBe('SIGNATURE_INVALID');
      expect(error.details.reason).toBe(reason);
    }
    const reserialised = JSON.stringify(JSON.parse(d.body));
    expect(
      codeOf(() => receive('spike-health-v3', { headers: d.headers, body: reserialised }, { secret: SECRET }))
        .details.reason,
    ).toBe('mismatch');
  });

  it('the timestamped dialect checks freshness by default (300 s)', () => {
    const d = delivered('spike-forms-timestamped');
    const later = { secret: SECRET, now: '2026-01-15T10:40:00Z' };
    expect(codeOf(() => receive('spike-forms-timestamped', d, later)).details.reason).toBe('stale-timestamp');
    expect(receive('spike-forms-timestamped', d, { ...later, toleranceSeconds: false }).events).toHaveLength(
      1,
    );
  });

  it('INVALID_PAYLOAD for a validly signed body that is not JSON, not UTF-8, or breaks the schema, each with its path', () => {
    const sign = (profile: ProfileId, body: string) =>
      buildDelivery(profile, (profile === 'spike-health-v3' ? [] : {}) as never, { secret: SECRET, body });
    const notJson = sign('spike-forms', '{"event":');
    expect(codeOf(() => receive('spike-forms', notJson, { secret: SECRET })).code).toBe('INVALID_PAYLOAD');
    const batch = JSON.parse(delivered('spike-health-v3', { kind: 'record_change' }).body);
    batch[0].metrics = 'steps';
    const wrong = sign('spike-health-v3', JSON.stringify(batch));
    const error = codeOf(() => receive('spike-health-v3', wrong, { secret: SECRET }));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.details.issues).toEqual([expect.stringMatching(/^\[0\]\.metrics: /)]);
    const notObject = sign('spike-forms', '[1]');
    expect(codeOf(() => receive('spike-forms', notObject, { secret: SECRET })).details.issues).toEqual([
      '(root): expected a JSON object',
    ]);
    // Bytes that are not UTF-8 (Latin-1 'ë'), signed over exactly those bytes.
    const latin1 = Buffer.from('{"event":"submission.created","data":{"name":"Zo\xeb"}}', 'latin1');
    const signature = createHmac('sha256', SECRET).update(latin1).digest('hex');
    const notUtf8 = codeOf(() =>
      receive(
        'spike-forms',
        { headers: { 'X-Spike-Signature': `sha256=${signature}` }, body: latin1 },
        { secret: SECRET },
      ),
    );
    expect(notUtf8.code).toBe('INVALID_PAYLOAD');
    expect(notUtf8.details.issues).toEqual(['(root): not UTF-8']);
  });

  it('acknowledges kinds the kit does not know instead of failing', () => {
    const v3 = delivered('spike-health-v3', { awkward: 'unknown-kind' });
    const r = receive('spike-health-v3', v3, { secret: SECRET });
    expect(r.events.map((e) => (e.kind === 'unknown' ? `unknown:${e.type}` : e.kind))).toContain(
      'unknown:record_deleted',
    );
    const v2 = delivered('spike-health-v2', { awkward: 'unknown-kind' });
    expect(receive('spike-health-v2', v2, { secret: SECRET }).events[0]?.kind).toBe('unknown');
    const forms = delivered('spike-forms', { awkward: 'unknown-kind' });
    const formsEvent = receive('spike-forms', forms, { secret: SECRET }).events[0];
    expect(formsEvent?.kind).toBe('unknown');
    expect(formsEvent?.kind === 'unknown' && formsEvent.type).toMatch(/^submission\.(?!created$)/);
  });

  it('unsigned only where Spike may send unsigned deliveries, and only when asked', () => {
    const body = JSON.stringify(generate('spike-forms', { seed: 1 }));
    expect(codeOf(() => receive('spike-forms', { headers: {}, body }, {})).code).toBe('SECRET_REQUIRED');
    expect(receive('spike-forms', { headers: {}, body }, { unsigned: true }).secretIndex).toBeUndefined();
    expect(
      codeOf(() => receive('spike-health-v3', { headers: {}, body: '[]' }, { unsigned: true })).code,
    ).toBe('INVALID_OPTION');
  });
});

describe('receiveRequest and createReceiver', () => {
  it('reads a fetch Request once; a read body is a coded error with the clone() hint', async () => {
    const d = delivered('spike-health-v3');
    const request = new Request('https://app.test/hook', {
      method: 'POST',
      headers: d.headers,
      body: d.body,
    });
    const r = await receiveRequest('spike-health-v3', request, { secret: SECRET });
    expect(r.events.length).toBeGreaterThan(0);
    const error = await receiveRequest('spike-health-v3', request, { secret: SECRET }).catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error, 'INVALID_OPTION') && error.message).toMatch(/clone\(\)/);
  });

  it('dispatches typed events per kind; unknown kinds and kinds without a handler are acknowledged', async () => {
    const seen: string[] = [];
    const spike = createReceiver('spike-health-v3', { secret: SECRET })
      .on('record_change', (event) => {
        seen.push(`${event.provider_slug}:${event.metrics.length}`);
      })
      .onUnknown((item) => {
        seen.push(`unknown:${item.type}`);
      });
    const d = delivered('spike-health-v3', { awkward: 'unknown-kind' });
    const result = await spike.handle(d);
    expect(result.handled).toBe(seen.filter((s) => !s.startsWith('unknown')).length);
    expect(seen).toContain('unknown:record_deleted');
    expect(result.ignored).toBe(1);
    const integration = delivered('spike-health-v3', { kind: 'provider_integration_created' });
    expect(await spike.handle(integration)).toMatchObject({ handled: 0, ignored: 1 });
  });

  it('refuses a kind the profile does not have, and lets a handler’s error through for Spike to retry', async () => {
    const spike = createReceiver('spike-health-v2', { secret: SECRET });
    expect(() => spike.on('stepz' as never, () => {})).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    spike.on('sleep', () => {
      throw new Error('database down');
    });
    await expect(spike.handle(delivered('spike-health-v2', { kind: 'sleep' }))).rejects.toThrow(
      'database down',
    );
  });
});

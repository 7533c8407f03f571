import { describe, expect, it } from 'vitest';
import { contractDefaults } from '../../src/pact/contract-defaults.ts';
import { endpointStates } from '../../src/pact/provider-states.ts';
import { Resigner } from '../../src/pact/resigner.ts';
import { signingRequestFilter } from '../../src/pact/signing-request-filter.ts';
import { verifyDelivery } from '../../src/signing/index.ts';

const secret = 's3cret';
/** What a replayed contract request carries: the example signature the interaction was recorded with. */
const recorded = { 'x-spike-signature': `sha256=${'e'.repeat(64)}`, 'x-body-signature': 'e'.repeat(64) };
const setup = (params: Record<string, unknown>, state: string = endpointStates.secretConfigured) => ({
  state,
  action: 'setup',
  params,
});

describe('Resigner: re-signs replayed requests over exactly the bytes forwarded', () => {
  it('v3 and forms: over the restyled raw body (awkward by default), which a raw-bytes verifier accepts', () => {
    for (const profile of ['spike-health-v3', 'spike-forms'] as const) {
      const resigner = new Resigner({ profile, secret });
      const body = profile === 'spike-forms' ? { name: 'Zoë', ratio: 1.5 } : [{ name: 'Zoë', ratio: 1.5 }];
      const out = resigner.resign(body, {
        'content-type': 'application/json',
        'content-length': '3',
        ...recorded,
      });
      if (!out.ok) throw new Error(out.message);
      const text = out.body.toString('utf8');
      expect(text).toContain('\\u00eb');
      expect(text).toContain('1.50');
      expect(out.headers['content-length']).toBe(String(out.body.length));
      expect(verifyDelivery(profile, { headers: out.headers, body: out.body }, { secret }).ok).toBe(true);
      // The same body re-serialised is not what was signed.
      const reserialised = JSON.stringify(JSON.parse(text));
      expect(verifyDelivery(profile, { headers: out.headers, body: reserialised }, { secret }).ok).toBe(
        false,
      );
    }
  });

  it("v2: over the event_id only, so the body's bytes do not matter", () => {
    const resigner = new Resigner({ profile: 'spike-health-v2', secret });
    const out = resigner.resign({ event_id: 'evt-1', data: [] }, recorded);
    if (!out.ok) throw new Error(out.message);
    expect(
      verifyDelivery('spike-health-v2', { headers: out.headers, body: '{"event_id":"evt-1"}' }, { secret })
        .ok,
    ).toBe(true);
  });

  it('timestamped: a fresh timestamp header from the clock, signed as "{timestamp}.{body}", the body agreeing', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const resigner = new Resigner({
      profile: 'spike-forms-timestamped',
      secret,
      now: () => now,
      bodyStyle: 'compact',
    });
    const raw = Buffer.from('{"event":"submission.created","timestamp":"2020-01-01T00:00:00.000Z"}');
    const out = resigner.resign(raw, { 'x-spike-timestamp': '1', 'x-spike-signature': 'stale' });
    if (!out.ok) throw new Error(out.message);
    expect(out.headers['x-spike-timestamp']).toBe(String(now / 1000));
    // The body's own timestamp moves with the header (the rest of the compact bytes stay as they were).
    expect(out.body.toString('utf8')).toBe(
      '{"event":"submission.created","timestamp":"2026-03-01T12:00:00.000Z"}',
    );
    const result = verifyDelivery(
      'spike-forms-timestamped',
      { headers: out.headers, body: out.body },
      { secret, now, toleranceSeconds: 60 },
    );
    expect(result.ok).toBe(true);
  });

  it('follows the provider states: wrong secret, no signature, the rotated secret', () => {
    const resigner = new Resigner({ profile: 'spike-forms', secret, rotatedSecret: 'n3w' });
    const sign = () => {
      const out = resigner.resign({ a: 1 }, recorded);
      if (!out.ok) throw new Error(out.message);
      return out;
    };
    resigner.observe(setup({ signature: 'wrong-secret' }));
    let out = sign();
    expect(out.headers['x-spike-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyDelivery('spike-forms', { headers: out.headers, body: out.body }, { secret }).ok).toBe(
      false,
    );
    resigner.observe(setup({ signature: 'missing' }));
    expect(sign().headers).not.toHaveProperty('x-spike-signature');
    resigner.observe(setup({ signature: 'valid' }, endpointStates.secretRotated));
    out = sign();
    expect(
      verifyDelivery('spike-forms', { headers: out.headers, body: out.body }, { secret: 'n3w' }).ok,
    ).toBe(true);
    resigner.observe({ state: endpointStates.secretRotated, action: 'teardown' });
    out = sign();
    expect(verifyDelivery('spike-forms', { headers: out.headers, body: out.body }, { secret }).ok).toBe(true);
  });

  it('explains a rotation state without a rotated secret instead of signing with the old one', () => {
    const resigner = new Resigner({ profile: 'spike-forms', secret });
    resigner.observe(setup({ signature: 'valid' }, endpointStates.secretRotated));
    expect(resigner.resign({}, recorded)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/rotatedSecret/),
    });
  });

  it('never signs a request that was recorded without a signature, whatever the state', () => {
    const resigner = new Resigner({ profile: 'spike-forms', secret, rotatedSecret: 'n3w' });
    for (const state of [endpointStates.secretConfigured, endpointStates.secretRotated]) {
      resigner.observe(setup({ signature: 'valid' }, state));
      const out = resigner.resign({ a: 1 }, { 'content-type': 'application/json' });
      if (!out.ok) throw new Error(out.message);
      expect(out.headers).not.toHaveProperty('x-spike-signature');
      expect(out.mode).toBe('missing');
    }
  });

  it('signs the wrong-secret replay with the documented other key, not the webhook secret', () => {
    const resigner = new Resigner({ profile: 'spike-forms', secret });
    resigner.observe(setup({ signature: 'wrong-secret' }));
    const out = resigner.resign({ a: 1 }, recorded);
    if (!out.ok) throw new Error(out.message);
    const delivery = { headers: out.headers, body: out.body };
    expect(verifyDelivery('spike-forms', delivery, { secret }).ok).toBe(false);
    expect(verifyDelivery('spike-forms', delivery, { secret: contractDefaults.wrongSecret }).ok).toBe(true);
  });
});

describe('signingRequestFilter', () => {
  const run = (filter: ReturnType<typeof signingRequestFilter>, req: Parameters<typeof filter>[0]) => {
    let status: number | undefined;
    let nexted = false;
    const res = {
      status(code: number) {
        status = code;
        return res;
      },
      type: () => res,
      send: () => undefined,
    };
    filter(req, res, () => {
      nexted = true;
    });
    return { status, nexted };
  };

  it('leaves provider-state calls alone, re-signs and re-routes replayed requests', () => {
    const resigner = new Resigner({ profile: 'spike-health-v3', secret });
    const filter = signingRequestFilter(resigner, { path: '/api/spike' });
    const state = {
      url: '/_pactSetup',
      path: '/_pactSetup',
      body: setup({ signature: 'missing' }),
      headers: {},
    };
    expect(run(filter, state)).toEqual({ status: undefined, nexted: true });
    expect(state.body).toEqual(setup({ signature: 'missing' }));
    const replay = {
      url: '/webhooks/spike?x=1',
      path: '/webhooks/spike',
      body: [{ a: 1 }] as unknown,
      headers: { 'x-body-signature': 'f'.repeat(64) },
    };
    expect(run(filter, replay).nexted).toBe(true);
    expect(replay.url).toBe('/api/spike?x=1');
    expect(Buffer.isBuffer(replay.body)).toBe(true);
    expect(replay.headers).not.toHaveProperty('x-body-signature');
  });

  it('treats only a call to the state path as a state call, not a replayed body with a `state` field', () => {
    const resigner = new Resigner({ profile: 'spike-forms', secret });
    const filter = signingRequestFilter(resigner);
    resigner.observe(setup({ signature: 'valid' }));
    // A form whose fields happen to be `state` and `action`, replayed to the endpoint: it is signed, not observed.
    const body = {
      state: 'the webhook secret was rotated',
      action: 'setup',
      params: { signature: 'missing' },
    };
    const replay = { url: '/hooks', path: '/hooks', body: body as unknown, headers: { ...recorded } };
    expect(run(filter, replay)).toEqual({ status: undefined, nexted: true });
    expect(resigner.currentState).toBe(endpointStates.secretConfigured);
    const headers = replay.headers as Record<string, string>;
    expect(verifyDelivery('spike-forms', { headers, body: replay.body as Buffer }, { secret }).ok).toBe(true);
  });

  it('answers 500 with the reason, and records it, when it cannot sign', () => {
    const notes: string[] = [];
    const filter = signingRequestFilter(new Resigner({ profile: 'spike-forms', secret }), { notes });
    run(filter, {
      url: '/_pactSetup',
      path: '/_pactSetup',
      body: setup({}, endpointStates.secretRotated),
      headers: {},
    });
    expect(run(filter, { url: '/', path: '/', body: {}, headers: recorded })).toEqual({
      status: 500,
      nexted: false,
    });
    expect(notes[0]).toMatch(/rotatedSecret/);
  });
});

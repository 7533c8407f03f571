import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/profiles/index.ts';
import { hmacSha256Hex, sign, verify } from '../../src/signing/index.ts';

describe('the signed message: v2 signs the event_id JSON.parse reads', () => {
  it('v2: reads the event_id like JSON.parse does (last duplicate key wins) and fails on unreadable bodies', () => {
    const secret = 'k';
    const header = hmacSha256Hex(secret, 'real');
    const ok = (body: string) => verify('spike-health-v2', { body, signature: header }, { secret });
    expect(ok('{"event_id":"real","data":[]}').ok).toBe(true);
    expect(ok('{ "data": [], "event_id" : "real" }').ok).toBe(true);
    expect(ok('{"event_id":"r\\u0065al"}').ok).toBe(true);
    // A forged second key is what JSON.parse (and so the handler) sees: it must not pass.
    expect(ok('{"event_id":"real","event_id":"forged"}')).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(ok('{"event_id":"forged","event_id":"real"}').ok).toBe(true);
    expect(ok('{"data":{"event_id":"real"}}')).toMatchObject({ ok: false, reason: 'unreadable-body' });
    expect(ok('not json')).toMatchObject({ ok: false, reason: 'unreadable-body' });
  });

  it('signs and verifies the event_id JSON.parse reads from tricky bodies', () => {
    const bodies = [
      '{"event_id":"a"}',
      '{"event_id":"a","x":"\\"event_id\\""}',
      '{"x":{"event_id":"nested"},"event_id":"top"}',
      '{"event_id":"a\\"b"}',
      '{"event_id":"a" , "event_id":"b"}',
      '\n\t{ "event_id" :\t"spaced" }',
      '{"event_id":12}',
    ];
    for (const body of bodies) {
      const eventId = (JSON.parse(body) as { event_id: unknown }).event_id;
      const expected = hmacSha256Hex('k', typeof eventId === 'string' ? eventId : JSON.stringify(eventId));
      expect(sign('spike-health-v2', 'k', body), body).toBe(expected);
      expect(verify('spike-health-v2', { body, signature: expected }, { secret: 'k' }).ok, body).toBe(true);
    }
  });

  it('v2: an escaped key name is the same key to JSON.parse, so the last one is what is signed', () => {
    const body = '{"event_id":"A","event\\u005fid":"B"}';
    expect((JSON.parse(body) as { event_id: string }).event_id).toBe('B');
    const as = (id: string) =>
      verify('spike-health-v2', { body, signature: hmacSha256Hex('k', id) }, { secret: 'k' });
    expect(as('B')).toEqual({ ok: true, secretIndex: 0 });
    expect(as('A')).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(sign('spike-health-v2', 'k', body)).toBe(hmacSha256Hex('k', 'B'));
    expect(sign('spike-health-v2', 'k', Buffer.from(body))).toBe(hmacSha256Hex('k', 'B'));
  });

  it.each([
    ['cut short after the event_id', '{"event_id":"real",'],
    ['garbage after the event_id', '{"event_id":"real", nonsense}'],
    ['a trailing second document', '{"event_id":"real"}{"event_id":"forged"}'],
    ['an unquoted key', '{event_id:"real"}'],
    ['empty', ''],
  ])('v2: refuses a body that is not JSON (%s) with unreadable-body', (_name, body) => {
    const result = verify(
      'spike-health-v2',
      { body, signature: hmacSha256Hex('k', 'real') },
      { secret: 'k' },
    );
    expect(result).toMatchObject({ ok: false, reason: 'unreadable-body' });
    if (!result.ok) expect(result.message).toContain('not valid JSON');
    expect(() => sign('spike-health-v2', 'k', body)).toThrow(/not valid JSON/);
  });

  it('v2: refuses a JSON body whose top level is not an object holding event_id', () => {
    for (const body of [
      '[{"event_id":"real"}]',
      '"event_id"',
      'null',
      '{}',
      '{"data":{"event_id":"real"}}',
    ]) {
      expect(
        verify('spike-health-v2', { body, signature: hmacSha256Hex('k', 'real') }, { secret: 'k' }),
        body,
      ).toMatchObject({ ok: false, reason: 'unreadable-body' });
    }
  });

  it('sign() refuses to sign a v2 body without an event_id, with a coded error', () => {
    expect(() => sign('spike-health-v2', 'k', '{"data":[]}')).toThrow(/event_id/);
    expect(profiles['spike-health-v2'].signature.signs).toBe('{field:event_id}');
  });
});

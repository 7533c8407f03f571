import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalPactRoot, writeCanonicalContracts } from '../../contracts/pact.ts';
import { kindsOf } from '../../generators/index.ts';
import { comparePactDirs } from '../../scripts/contracts.ts';
import { serializeBody } from '../../src/delivery/index.ts';
import { contractDefaults } from '../../src/pact/contract-defaults.ts';
import { httpInteractions } from '../../src/pact/http-interactions.ts';
import { signaturePattern } from '../../src/pact/http-request.ts';
import { messageInteractions } from '../../src/pact/message-interactions.ts';
import { ANY_TEXT, MATCHER_KEY } from '../../src/pact/pact-json-matchers.ts';
import { policyInteractions } from '../../src/pact/policy-interactions.ts';
import { dedupKeys, defineProfile, profileIds, profiles } from '../../src/profiles/index.ts';
import { parsePayload } from '../../src/schemas/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';

describe('canonical contract definitions', () => {
  it("have one message interaction per event kind of every profile; HTTP: Spike's deliveries, and the kit policy apart", () => {
    for (const id of profileIds) {
      const kinds = kindsOf(id) as readonly string[];
      const messages = messageInteractions(id);
      expect(messages.map((m) => m.states[0]?.params?.kind)).toEqual(kinds);
      const http = httpInteractions(id);
      const extra = (profiles[id].body.shape === 'array' ? 1 : 0) + (id === 'spike-health-v3' ? 0 : 1);
      // per kind, [a batch], [non-ASCII and decimals], an unknown kind, one event twice
      expect(http).toHaveLength(kinds.length + extra + 3);
      expect(http.every((i) => i.states[0]?.params?.signature === 'valid')).toBe(true);
      const policy = policyInteractions(id);
      expect(policy.map((i) => i.states[0]?.params?.signature)).toEqual(['valid', 'wrong-secret', 'missing']);
      expect(policy[0]?.states[0]?.name).toBe('the webhook secret was rotated');
      expect(policy.slice(1).map((i) => i.status)).toEqual([
        { [MATCHER_KEY]: 'statusCode', status: 'clientError', value: 401 },
        { [MATCHER_KEY]: 'statusCode', status: 'clientError', value: 401 },
      ]);
      for (const i of policy) expect(i.comments[0]).toMatch(/^\[kit policy\] Not a promise of Spike/);
      const unsigned = policy.find((i) => i.states[0]?.params?.signature === 'missing');
      expect(Object.keys(unsigned?.request.headers ?? {})).not.toContain(profiles[id].signature.header);
    }
  });

  it("replay only what Spike's documentation allows: every example but the unknown kind is a valid payload", () => {
    for (const id of profileIds) {
      for (const i of [...httpInteractions(id), ...policyInteractions(id)]) {
        if (/does not document yet/.test(i.description)) continue;
        expect(() => parsePayload(id, JSON.parse(i.request.example.body)), i.description).not.toThrow();
      }
    }
  });

  it('replay full generated items, not the bare minimum Spike must send', () => {
    const sleep = httpInteractions('spike-health-v2').find((i) => /'sleep' event/.test(i.description));
    const body = JSON.parse(sleep?.request.example.body ?? '{}') as { data: Record<string, unknown>[] };
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      total_sleep: expect.any(Number),
      efficiency: expect.any(Number),
      levels: [{ level: expect.any(String), seconds: expect.any(Number) }],
    });
    // Each item field is typed by the schema in the template, not pinned to its example value.
    const template = sleep?.request.body as { data: { value: Record<string, unknown>[] } };
    expect(template.data.value[0]?.total_sleep).toEqual({
      [MATCHER_KEY]: 'integer',
      value: expect.any(Number),
    });
  });

  it("batch several users' events of mixed types in a v3 delivery, matched with arrayContains", () => {
    const batch = httpInteractions('spike-health-v3').find((i) => /batch/.test(i.description));
    const template = batch?.request.body as { [MATCHER_KEY]: string; variants: unknown[] };
    expect(template[MATCHER_KEY]).toBe('arrayContains');
    const events = JSON.parse(batch?.request.example.body ?? '[]') as Record<string, unknown>[];
    expect(events).toHaveLength(template.variants.length);
    expect(new Set(events.map((e) => e.application_user_id)).size).toBe(events.length);
    expect(events.map((e) => e.event_type).sort()).toEqual(
      [...(kindsOf('spike-health-v3') as string[])].sort(),
    );
    // Object bodies have no batch.
    expect(httpInteractions('spike-forms').some((i) => /batch/.test(i.description))).toBe(false);
  });

  it('carry non-ASCII text and decimals, so the awkward bytes differ from a re-serialisation', () => {
    for (const id of ['spike-health-v2', 'spike-forms', 'spike-forms-timestamped'] as const) {
      const text = httpInteractions(id).find((i) => /non-ASCII/.test(i.description));
      const raw = text?.request.example.body ?? '';
      expect(raw).toMatch(/[^ -~\t\n\r]/);
      expect(raw).toMatch(/[0-9]\.[0-9]/);
      const awkward = serializeBody(JSON.parse(raw), 'awkward');
      expect(awkward).toMatch(/\\u00[0-9a-f]{2}/);
      expect(awkward).toMatch(/\.[0-9]*0[,}\] \n]/);
      expect(JSON.stringify(JSON.parse(awkward))).not.toBe(awkward.trimEnd());
    }
  });

  it('deliver an event kind Spike does not document, expecting the success status', () => {
    for (const id of profileIds) {
      const http = httpInteractions(id);
      const unknown = http.find((i) => /does not document yet/.test(i.description));
      expect(unknown?.status).toEqual(http[0]?.status);
      const body = JSON.parse(unknown?.request.example.body ?? 'null') as unknown;
      const named = [body]
        .flat()
        .map(
          (b) =>
            (b as Record<string, unknown>).data_type ??
            (b as Record<string, unknown>).event_type ??
            (b as Record<string, unknown>).event,
        );
      const documented = [...(kindsOf(id) as readonly string[]), 'submission.created'];
      expect(named.some((k) => !documented.includes(k as string))).toBe(true);
    }
  });

  it('deliver one event twice, both expecting success, and no other replay shares its dedup key', () => {
    for (const id of profileIds) {
      const http = httpInteractions(id);
      const twice = http.filter((i) => /the same event twice/.test(i.description));
      expect(twice.map((i) => i.description)).toEqual([
        expect.stringMatching(/\(1st delivery\)$/),
        expect.stringMatching(/\(2nd delivery: a retry/),
      ]);
      expect(twice[1]?.request.example.body).toBe(twice[0]?.request.example.body);
      expect(twice.map((i) => i.status)).toEqual([http[0]?.status, http[0]?.status]);
      const key = dedupKeys(id, twice[0]?.request.example.body ?? '');
      const others = [...http.filter((i) => !twice.includes(i)), ...policyInteractions(id)];
      for (const other of others)
        expect(dedupKeys(id, other.request.example.body).filter((k) => key.includes(k))).toEqual([]);
    }
  });

  it('express the success rule: exactly 200 for v3, a 2xx status-code matcher for any-2xx, pending when unconfirmed', () => {
    const status = (id: (typeof profileIds)[number]) => httpInteractions(id)[0];
    expect(status('spike-health-v3')).toMatchObject({ status: 200, pending: false });
    expect(status('spike-forms')).toMatchObject({
      status: { [MATCHER_KEY]: 'statusCode', status: 'success' },
      pending: false,
    });
    expect(status('spike-health-v2')?.pending).toBe(false);
    // Unconfirmed: a genuine signed delivery must still be accepted with a 2xx, and that is enforced.
    const timestamped = httpInteractions('spike-forms-timestamped');
    expect(status('spike-forms-timestamped')).toMatchObject({
      status: { [MATCHER_KEY]: 'statusCode', status: 'success' },
      pending: false,
    });
    expect(status('spike-forms-timestamped')?.comments.join(' ')).toMatch(/\[policy\]/);
    expect(timestamped.filter((i) => i.pending)).toEqual([]);
  });

  it('keep only a narrower unconfirmed success rule pending, as its own interaction', () => {
    const exact = defineProfile({
      id: 'timestamped-exact-200',
      extends: 'spike-forms-timestamped',
      success: [200],
      provenance: { success: 'unconfirmed' },
    });
    const interactions = httpInteractions(exact);
    const pending = interactions.filter((i) => i.pending);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ status: 200 });
    expect(pending[0]?.comments.join(' ')).toMatch(/\[unconfirmed\]/);
    const signed = interactions.filter((i) => /^a signed/.test(i.description) && !i.pending);
    expect(signed.length).toBeGreaterThan(0);
    for (const i of signed)
      expect(i.status).toMatchObject({ [MATCHER_KEY]: 'statusCode', status: 'success' });
  });

  it('sign the wrong-secret example with the documented other key', () => {
    const wrong = policyInteractions('spike-forms').find((i) => /another secret/.test(i.description));
    const { headers, body } = wrong?.request.example ?? { headers: {}, body: '' };
    expect(
      verifyDelivery('spike-forms', { headers, body }, { secret: contractDefaults.wrongSecret }).ok,
    ).toBe(true);
    expect(
      verifyDelivery('spike-forms', { headers, body }, { secret: contractDefaults.exampleSecret }).ok,
    ).toBe(false);
    expect(wrong?.comments.join(' ')).toContain(contractDefaults.wrongSecret);
  });

  it('match signatures by format, accepting every prefix a profile accepts', () => {
    expect(signaturePattern(profiles['spike-forms'])).toBe('^(?:sha256=)[0-9a-f]{64}$');
    const timestamped = new RegExp(signaturePattern(profiles['spike-forms-timestamped']));
    expect(timestamped.test('a'.repeat(64))).toBe(true);
    expect(timestamped.test(`sha256=${'a'.repeat(64)}`)).toBe(true);
    expect(timestamped.test('A'.repeat(64))).toBe(false);
  });

  it('never pin what Spike does not promise: v2 event_type and event_id typed only, v3 integration fields left out', () => {
    const [v2] = messageInteractions('spike-health-v2');
    const body = v2?.body as Record<string, unknown>;
    expect(body.event_type).toEqual({ [MATCHER_KEY]: 'type', value: expect.any(String) });
    expect(body.event_id).toEqual({ [MATCHER_KEY]: 'type', value: expect.any(String) });
    const created = messageInteractions('spike-health-v3').find((i) =>
      /provider_integration_created/.test(i.description),
    );
    const batch = created?.body as { value: Record<string, unknown>[] } | undefined;
    const event = batch?.value[0] ?? {};
    expect(Object.keys(event).sort()).toEqual([
      'application_user_id',
      'event_type',
      'provider_slug',
      'timestamp',
    ]);
    const forms = messageInteractions('spike-forms')[0]?.body as Record<string, { [MATCHER_KEY]?: string }>;
    expect(forms.data?.[MATCHER_KEY]).toBe('eachValue');
    expect(forms.event).toBe('submission.created');
  });
});

describe('the checked-in pacts and contracts:check', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'spike-fresh-'));
  const copy = mkdtempSync(join(tmpdir(), 'spike-copy-'));
  beforeAll(async () => {
    await writeCanonicalContracts(fresh);
    cpSync(canonicalPactRoot, copy, { recursive: true });
  });
  afterAll(() => {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  });

  it('match a fresh, deterministic generation byte for byte', () => {
    expect(comparePactDirs(fresh, canonicalPactRoot)).toEqual([]);
  });

  it('type every string regex, also inside the variants of an arrayContains matcher', () => {
    type Rules = Record<
      string,
      { matchers: { match: string; regex?: string; variants?: { rules: Rules }[] }[] }
    >;
    const untyped: string[] = [];
    let variantRules = 0;
    const walk = (rules: Rules, where: string) => {
      for (const [path, list] of Object.entries(rules)) {
        for (const m of list.matchers)
          for (const v of m.variants ?? []) {
            variantRules++;
            walk(v.rules, `${where} variant`);
          }
        const regex = list.matchers.findIndex((m) => m.match === 'regex' && m.regex !== ANY_TEXT);
        if (regex >= 0 && !list.matchers.slice(0, regex).some((m) => m.match === 'type'))
          untyped.push(`${where} ${path}`);
      }
    };
    for (const file of ['http', 'messages'].flatMap((dir) =>
      readdirSync(join(canonicalPactRoot, dir)).map((f) => join(canonicalPactRoot, dir, f)),
    )) {
      type Part = { matchingRules?: { body?: Rules } };
      const pact = JSON.parse(readFileSync(file, 'utf8')) as { interactions: (Part & { request?: Part })[] };
      // A message interaction has its rules at the top, an HTTP one in its request.
      for (const i of pact.interactions)
        for (const part of [i, i.request]) walk(part?.matchingRules?.body ?? {}, file);
    }
    expect(variantRules).toBeGreaterThan(0);
    expect(untyped).toEqual([]);
  });

  it('detect drift: a changed interaction, a missing file, a stale file', () => {
    const file = join(copy, 'http', 'spike-health-v3-spike-webhook-receiver.json');
    const pact = JSON.parse(readFileSync(file, 'utf8'));
    pact.interactions[0].response.status = 204;
    writeFileSync(file, `${JSON.stringify(pact, null, 2)}\n`);
    unlinkSync(join(copy, 'messages', 'spike-webhook-receiver-spike-forms.json'));
    writeFileSync(join(copy, 'messages', 'old-app-spike-forms.json'), '{}');
    const drifts = comparePactDirs(fresh, copy);
    expect(drifts).toEqual([
      {
        file: 'http/spike-health-v3-spike-webhook-receiver.json',
        lines: [
          expect.stringMatching(
            /^~ interaction 'a signed spike-health-v3 (batch|delivery) .*' changed at response\.status: 204 -> 200$/,
          ),
        ],
      },
      {
        file: 'messages/spike-webhook-receiver-spike-forms.json',
        lines: [expect.stringMatching(/^missing/)],
      },
      { file: 'messages/old-app-spike-forms.json', lines: [expect.stringMatching(/^stale/)] },
    ]);
  });

  it('the script exits 1 with the summary when the checked-in files drift', () => {
    const result = spawnSync(
      process.execPath,
      [new URL('../../scripts/contracts.ts', import.meta.url).pathname, '--check', '--dir', copy],
      { encoding: 'utf8', env: { ...process.env, PACT_DO_NOT_TRACK: 'true' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/3 pact file\(s\) .* drift from the definitions/);
    expect(result.stderr).toMatch(/response\.status: 204 -> 200/);
    expect(result.stderr).toMatch(/npm run contracts/);
  });

  it('the script also names a message pact that expects what the AsyncAPI document does not have', () => {
    const odd = mkdtempSync(join(tmpdir(), 'spike-odd-'));
    try {
      cpSync(canonicalPactRoot, odd, { recursive: true });
      const file = join(odd, 'messages', 'spike-webhook-receiver-spike-forms.json');
      const pact = JSON.parse(readFileSync(file, 'utf8'));
      pact.interactions[0].contents.content.visitorScore = 3;
      writeFileSync(file, `${JSON.stringify(pact, null, 2)}\n`);
      const result = spawnSync(
        process.execPath,
        [new URL('../../scripts/contracts.ts', import.meta.url).pathname, '--check', '--dir', odd],
        { encoding: 'utf8', env: { ...process.env, PACT_DO_NOT_TRACK: 'true' } },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /AsyncAPI: messages\/spike-webhook-receiver-spike-forms\.json: .*additional properties - visitorScore at \$/,
      );
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });
});

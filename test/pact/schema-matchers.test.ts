import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isMatcher, MATCHER_KEY, reifyTemplate } from '../../src/pact/pact-json-matchers.ts';
import { writeMessagePact } from '../../src/pact/pact-writer.ts';
import { toRustRegex } from '../../src/pact/regex-syntax.ts';
import { matchersFromSchema } from '../../src/pact/schema-matchers.ts';
import { runVerifier } from '../../src/pact/verifier-process.ts';

// A small schema of our own, shaped like Spike's payloads: ids, timestamps, integers vs decimals, arrays,
// optional and nullable fields, an open record, a discriminated union and a vocabulary.
const item = z.looseObject({
  time: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
  value: z.number(),
  note: z.string().optional(),
});
const schema = z.looseObject({
  id: z.uuid(),
  kind: z.literal('sleep'),
  count: z.int(),
  ratio: z.number(),
  level: z.enum(['light', 'deep']),
  items: z.array(item),
  tags: z.array(z.string()).min(1),
  comment: z.string().optional(),
  lead: z.string().nullable(),
  fields: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  ip: z.union([z.ipv4(), z.ipv6()]),
});
const sample = {
  id: '6f1c0f6e-8f5a-4c1e-9b7a-2d3e4f5a6b7c',
  kind: 'sleep',
  count: 3,
  ratio: 0.5,
  level: 'deep',
  items: [{ time: '2026-01-15T01:02:03', value: 72, note: 'x' }],
  tags: ['a'],
  lead: null,
  fields: { email: 'ada@example.com', topics: ['a', 'b'] },
  ip: '203.0.113.9',
};

/** The item template of an array matcher. */
const itemOf = (array: unknown) =>
  (array as { value: Record<string, Record<string, unknown>>[] }).value[0] as Record<
    string,
    Record<string, unknown>
  >;

describe('matchersFromSchema', () => {
  const { template, unpinned } = matchersFromSchema(schema, { samples: [sample] });
  const body = template as Record<string, Record<string, unknown>>;

  it('types ids and timestamps by regex, numbers as integer or any number, arrays with the schema minimum', () => {
    expect(body.id).toMatchObject({ [MATCHER_KEY]: 'regex', value: sample.id });
    expect(new RegExp(body.id?.regex as string).test(sample.id)).toBe(true);
    expect(body.count).toEqual({ [MATCHER_KEY]: 'integer', value: 3 });
    expect(body.ratio).toEqual({ [MATCHER_KEY]: 'number', value: 0.5 });
    expect(body.items).toMatchObject({ [MATCHER_KEY]: 'type', min: 0 });
    expect(body.tags).toMatchObject({ [MATCHER_KEY]: 'type', min: 1 });
    const first = itemOf(body.items);
    expect(first.time).toMatchObject({ [MATCHER_KEY]: 'regex', value: '2026-01-15T01:02:03' });
    expect(first.value).toEqual({ [MATCHER_KEY]: 'number', value: 72 });
  });

  it('pins literals, but never optional, nullable fields or vocabularies', () => {
    expect(body.kind).toBe('sleep');
    expect(body).not.toHaveProperty('comment');
    expect(body).not.toHaveProperty('lead');
    expect(itemOf(body.items)).not.toHaveProperty('note');
    expect(body.level).toEqual({ [MATCHER_KEY]: 'type', value: 'deep' });
    expect(unpinned.map((u) => u.path)).toEqual(
      expect.arrayContaining(['comment', 'lead', 'items[*].note', 'level']),
    );
  });

  it('leaves an open record open (any keys, any values) and accepts either format of a union of formats', () => {
    // Pact compares a value with the example's JSON type when it is a container: the example is in scalar form.
    expect(body.fields).toMatchObject({
      [MATCHER_KEY]: 'eachValue',
      value: { email: 'ada@example.com', topics: 'a,b' },
    });
    expect(body.ip?.[MATCHER_KEY]).toBe('regex');
    expect(new RegExp(body.ip?.regex as string).test('2001:db8::1')).toBe(true);
    expect(new RegExp(body.ip?.regex as string).test('203.0.113.9')).toBe(true);
  });

  it('reifies to the sample minus what it does not pin', () => {
    const { lead: _lead, ...pinned } = sample;
    const items = [{ time: '2026-01-15T01:02:03', value: 72 }];
    const fields = { email: 'ada@example.com', topics: 'a,b' };
    expect(reifyTemplate(template)).toEqual({ ...pinned, items, fields });
  });

  it('includes optional fields a consumer requires, and types keys no schema describes from the sample', () => {
    const result = matchersFromSchema(schema, {
      samples: [{ ...sample, comment: 'hi', extra: 5 }],
      require: ['comment', 'items', 'items[*]', 'items[*].note', 'fields.email', 'extra', 'lead'],
    });
    const required = result.template as Record<string, Record<string, unknown>>;
    expect(required.comment).toEqual({ [MATCHER_KEY]: 'type', value: 'hi' });
    expect(itemOf(required.items)).toHaveProperty('note');
    // Never "anything": a value of several possible JSON types is typed like its example.
    expect(required.fields).toEqual({ email: { [MATCHER_KEY]: 'type', value: 'ada@example.com' } });
    // What Spike may leave out, for the interactions without it.
    expect(result.absentable.get('comment')).toEqual(['omitted']);
    expect(result.absentable.get('items[*].note')).toEqual(['omitted']);
    // A nullable field required: typed by its schema (a string), its null is the other interaction.
    expect(required.lead).toEqual({ [MATCHER_KEY]: 'type', value: 'string' });
    expect(result.absentable.get('lead')).toEqual(['null']);
    expect(required.extra).toEqual({ [MATCHER_KEY]: 'integer', value: 5 });
  });

  it('applies field rules: exact, type-only, any and omit', () => {
    const result = matchersFromSchema(schema, {
      samples: [sample],
      rules: [
        { path: 'id', treat: 'type-only', because: '[decision] format' },
        { path: 'count', treat: 'exact', because: 'identity' },
        { path: 'ratio', treat: 'any', because: '[unconfirmed]' },
        { path: 'tags', treat: 'omit', because: '[unconfirmed]' },
      ],
    });
    const ruled = result.template as Record<string, unknown>;
    expect(ruled.id).toEqual({ [MATCHER_KEY]: 'type', value: sample.id });
    expect(ruled.count).toBe(3);
    expect(isMatcher(ruled.ratio) && ruled.ratio.regex).toBe('^[\\s\\S]*$');
    expect(ruled).not.toHaveProperty('tags');
  });

  it('translates JS regexes to Rust syntax, refusing lookaround', () => {
    expect(toRustRegex(/^a\/b\u00e9$/i)).toBe('(?i)^a/b\\x{00e9}$');
    expect(toRustRegex(/^(?!_)\w+$/)).toBeUndefined();
  });

  it('writes digits as [0-9], never a Unicode \\d', () => {
    expect(toRustRegex(/^\d{4}-[\d.]+\D\\d$/)).toBe('^[0-9]{4}-[0-9.]+[^0-9]\\\\d$');
  });
});

describe('the derived matchers, run by Pact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spike-walker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { template } = matchersFromSchema(schema, { samples: [sample] });

  const verify = async (message: unknown) => {
    // In a child process, like verifyMessages: Pact's transcript is captured, not printed into the test output.
    return runVerifier({
      config: { provider: 'p', pactUrls: [join(dir, 'c-p.json')], logLevel: 'error' },
      onMessage: (description) => {
        if (description !== 'a message') throw new Error(`no message '${description}'`);
        return message;
      },
    }).then(
      () => 'pass',
      (error: Error) => error.message,
    );
  };

  it('accept what the schema accepts and reject what it does not', async () => {
    await writeMessagePact({ consumer: 'c', provider: 'p', dir }, [
      { description: 'a message', states: [], body: template, comments: [], pending: false },
    ]);
    const other = {
      ...sample,
      id: '0b7e2a4c-1d2e-4f3a-8b9c-0d1e2f3a4b5c',
      count: 9,
      ratio: 2,
      level: 'rem',
      items: [],
      tags: ['x', 'y'],
      fields: { anything: 'goes', n: ['1'] },
      ip: '2001:db8::1',
      unknown: { extra: true },
    };
    expect(await verify(other)).toBe('pass');
    expect(await verify({ ...other, count: 1.5 })).toMatch(/\$\.count/);
    expect(await verify({ ...other, id: 'not-a-uuid' })).toMatch(/\$\.id/);
    const { tags: _t, ...withoutTags } = other;
    expect(await verify(withoutTags)).toMatch(/tags/);
    expect(await verify({ ...other, kind: 'heart' })).toMatch(/\$\.kind/);
  });

  it('check the type with a regex: a number, or digits that are not ASCII, fail a string pattern', async () => {
    const timed = z.looseObject({ stamp: z.string().regex(/^\d{1,12}$/) });
    const { template: stamped } = matchersFromSchema(timed, { samples: [{ stamp: '1700000000' }] });
    await writeMessagePact({ consumer: 'c', provider: 'p', dir }, [
      { description: 'a message', states: [], body: stamped, comments: [], pending: false },
    ]);
    expect(await verify({ stamp: '1800000000' })).toBe('pass');
    expect(await verify({ stamp: 1800000000 })).toMatch(/\$\.stamp/);
    expect(await verify({ stamp: '\u0661\u0662' })).toMatch(/\$\.stamp/);
  });
});

// Default Jest (CommonJS, no ESM flags) and ts-jest require the kit through the package's `require` conditions: real
// Jest runs in a scratch project whose node_modules holds the package (dist/ from npm test's build).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as nodeKit from '../../src/index.ts';

const root = join(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'swk-jest-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function scratch(test: string, file = 'receive.test.js'): void {
  mkdirSync(join(project, 'node_modules/@sinonjs'), { recursive: true });
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  for (const [name, target] of [
    ['spike-webhook-kit', root],
    ['zod', join(root, 'node_modules/zod')],
    ['@sinonjs/fake-timers', join(root, 'node_modules/@sinonjs/fake-timers')],
    ['@types/jest', join(root, 'node_modules/@types/jest')],
    ['@types/node', join(root, 'node_modules/@types/node')],
  ] as const) {
    try {
      symlinkSync(target, join(project, 'node_modules', name), 'dir');
    } catch {}
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'jest-user', private: true }));
  for (const old of ['receive.test.js', 'kit.test.js', 'kit.test.ts'])
    rmSync(join(project, old), { force: true });
  writeFileSync(join(project, file), test);
}

async function jest(...args: string[]): Promise<{ code: number; output: string }> {
  const bin = join(root, 'node_modules/jest/bin/jest.js');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, '--rootDir', project, '--ci', ...args],
      { cwd: project, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : Number((error as { code?: number }).code ?? 1),
          output: `${stdout}${stderr}`,
        });
      },
    );
  });
}

describe('spike-webhook-kit/receive under default Jest (CommonJS)', () => {
  it('requires, receives a signed delivery, and reports a bad one with its code', async () => {
    scratch(`
const { createHmac } = require('node:crypto');
const { receive, createReceiver } = require('spike-webhook-kit/receive');
const body = JSON.stringify({ event: 'submission.created', formId: 'f1', formName: 'Contact', formSlug: 'contact',
  submissionId: 'sub_1', data: { name: 'Zoë' }, metadata: { ip: '203.0.113.7', userAgent: 'x', referrer: 'https://a.test/',
  country: 'FR', timestamp: '2026-01-15T10:29:58.120Z' } });
const headers = { 'X-Spike-Signature': 'sha256=' + createHmac('sha256', 's3cret').update(body).digest('hex') };
test('receives', async () => {
  const received = receive('spike-forms', { headers, body }, { secret: 's3cret' });
  expect(received.dedupKey).toBe('sub_1');
  const seen = [];
  await createReceiver('spike-forms', { secret: 's3cret' }).on('submission.created', (e) => seen.push(e.submissionId)).handle({ headers, body });
  expect(seen).toEqual(['sub_1']);
  expect(() => receive('spike-forms', { headers, body: body + ' ' }, { secret: 's3cret' })).toThrow(expect.objectContaining({ code: 'SIGNATURE_INVALID' }));
});
`);
    const { code, output } = await jest();
    expect(output).toMatch(/1 passed/);
    expect(code).toBe(0);
  });
});

// The same checks, whichever way a team writes them: generators, signed deliveries, the simulator and its matchers.
const kitTest = (ts: boolean) => `
${ts ? "import { buildDelivery, generate, simulate, verifyDelivery } from 'spike-webhook-kit';\nimport 'spike-webhook-kit/jest';" : "const { buildDelivery, generate, simulate, verifyDelivery } = require('spike-webhook-kit');\nrequire('spike-webhook-kit/jest');"}

test('generates, signs and simulates like the ESM build', async () => {
  const event = generate('spike-forms', { kind: 'contact', seed: 42, refDate: '2026-01-15T10:30:00Z' });
  const delivery = buildDelivery('spike-forms', event, { secret: 's3cret' });
  expect(verifyDelivery('spike-forms', delivery, { secret: 's3cret' })).toEqual({ ok: true, secretIndex: 0 });
  console.log('BYTES ' + delivery.body);
  const de = generate('spike-forms', { kind: 'contact', seed: 7, locale: 'de' });
  console.log('DE ' + JSON.stringify(de));
  const seen = new Set${ts ? '<string>' : ''}();
  const POST = async (request${ts ? ': Request' : ''}) => {
    seen.add(JSON.parse(await request.text()).submissionId);
    return new Response(null, { status: 200 });
  };
  const result = await simulate({ profile: 'spike-forms', target: { fetch: POST }, event, secret: 's3cret', faults: [500, 'timeout'] });
  expect(result).toBeDelivered();
  expect(result).toHaveAttempts(3);
  expect(result).toHaveBeenDeliveredAt('6m30s');
  expect(() => expect(result).toHaveAttempts(1)).toThrow(/attempt/);
  expect(seen.size).toBe(1);
});
`;

describe('the whole kit under default Jest and ts-jest (CommonJS build, faker bundled)', () => {
  const expected = () => {
    const { buildDelivery, generate } = nodeKit;
    const event = generate('spike-forms', { kind: 'contact', seed: 42, refDate: '2026-01-15T10:30:00Z' });
    return {
      bytes: buildDelivery('spike-forms', event, { secret: 's3cret' }).body,
      de: JSON.stringify(generate('spike-forms', { kind: 'contact', seed: 7, locale: 'de' })),
    };
  };

  it('default Jest: the root entry and spike-webhook-kit/jest, with the same bytes as the ESM build', async () => {
    scratch(kitTest(false), 'kit.test.js');
    const { code, output } = await jest();
    expect(output).toMatch(/1 passed/);
    expect(code).toBe(0);
    const { bytes, de } = expected();
    expect(output).toContain(`BYTES ${bytes}`);
    expect(output).toContain(`DE ${de}`);
  });

  it('ts-jest, type-checking the matchers typed by spike-webhook-kit/jest', async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'commonjs',
          moduleResolution: 'node16',
          target: 'es2022',
          lib: ['es2023', 'dom'],
          strict: true,
          types: ['jest', 'node'],
          skipLibCheck: true,
        },
      }),
    );
    // A ts-jest project as its docs set one up (transform .ts with ts-jest; type errors fail the test file).
    writeFileSync(
      join(project, 'jest.config.js'),
      `module.exports = { testMatch: ['**/*.test.ts'], transform: { '^.+\\\\.ts$': [${JSON.stringify(join(root, 'node_modules/ts-jest'))}, {}] } };`,
    );
    // Type-checking is on: a misspelt matcher fails the file (so the passing run below proves the kit's typings).
    scratch(`${kitTest(true)}\ntest('typo', () => { expect(1).toBeDeliverd(); });\n`, 'kit.test.ts');
    const typo = await jest();
    expect(typo.code).not.toBe(0);
    expect(typo.output).toMatch(/TS2551|toBeDeliverd/);
    scratch(kitTest(true), 'kit.test.ts');
    const { code, output } = await jest();
    expect(output).toMatch(/1 passed/);
    expect(code).toBe(0);
    rmSync(join(project, 'jest.config.js'));
  });
});

describe('two copies of the kit in one process (the ESM and CommonJS builds)', () => {
  it("isSpikeKitError recognises the other copy's errors; instanceof does not", async () => {
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as typeof nodeKit;
    let error: unknown;
    try {
      cjs.generate('spike-nope' as never);
    } catch (e) {
      error = e;
    }
    expect(error instanceof nodeKit.SpikeKitError).toBe(false);
    expect(nodeKit.isSpikeKitError(error, 'UNKNOWN_PROFILE')).toBe(true);
    expect(nodeKit.isSpikeKitError(error, 'INVALID_OPTION')).toBe(false);
    expect(nodeKit.isSpikeKitError(new Error('x'))).toBe(false);
  });
});

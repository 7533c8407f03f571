// Default Jest (CommonJS, no ESM flags) requires `spike-webhook-kit/receive` through the package's `require`
// condition: a real Jest run in a scratch project whose node_modules holds the package (dist/ from npm test's build).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'swk-jest-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function scratch(test: string): void {
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  for (const [name, target] of [
    ['spike-webhook-kit', root],
    ['zod', join(root, 'node_modules/zod')],
  ] as const) {
    try {
      symlinkSync(target, join(project, 'node_modules', name), 'dir');
    } catch {}
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'jest-user', private: true }));
  writeFileSync(join(project, 'receive.test.js'), test);
}

async function jest(): Promise<{ code: number; output: string }> {
  const bin = join(root, 'node_modules/jest/bin/jest.js');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, '--rootDir', project, '--ci'],
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

  it('the root entry stays ESM only: Jest refuses it with its own error, as documented', async () => {
    scratch(`test('root', () => { expect(() => require('spike-webhook-kit')).not.toThrow(); });`);
    const { code, output } = await jest();
    expect(code).not.toBe(0);
    expect(output).toMatch(/import|ES ?Module|Cannot find module|exports/i);
  });
});

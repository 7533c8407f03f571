// `npm run contracts`: regenerates the canonical pacts in contracts/pacts/ from the definitions (contracts/pact.ts).
// `npm run contracts:check`: regenerates into a temp dir and fails, with a readable summary, when the checked-in
// files drift from the definitions (the CI contract check), or when a message pact disagrees with its profile's
// AsyncAPI document (contracts/asyncapi/). Usage: node scripts/contracts.ts [--check] [--dir DIR]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

process.env.PACT_DO_NOT_TRACK ??= 'true';

const { canonicalPactRoot, writeCanonicalContracts } = await import('../contracts/pact.ts');
const { checkPactAgainstAsyncApi } = await import('../src/pact/check-asyncapi.ts');
const { pactFileName } = await import('../src/pact/canonical-pact-files.ts');
const { pactNames } = await import('../src/pact/pact-names.ts');
const { profileIds } = await import('../src/profiles/index.ts');

/** Each canonical message pact under `dir` checked against its profile's AsyncAPI document, as lines to print. */
async function asyncApiDisagreements(dir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const id of profileIds) {
    const file = join(dir, 'messages', pactFileName(pactNames.receiver, id));
    if (!existsSync(file)) continue;
    for (const p of await checkPactAgainstAsyncApi(file, id))
      lines.push(`messages/${pactFileName(pactNames.receiver, id)}: ${p.interaction}: ${p.message}`);
  }
  return lines;
}

/** One drift between two pact directories. */
export interface Drift {
  readonly file: string;
  readonly lines: readonly string[];
}

/** Compares the pact files of two roots (`messages/`, `http/`), interaction by interaction. */
export function comparePactDirs(expectedRoot: string, actualRoot: string): Drift[] {
  const files = (root: string) =>
    existsSync(root)
      ? readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  const expected = files(expectedRoot);
  const actual = new Set(files(actualRoot));
  const drifts: Drift[] = [];
  for (const file of expected) {
    if (!actual.has(file)) {
      drifts.push({ file, lines: ['missing: the definitions produce it, but it is not checked in'] });
      continue;
    }
    actual.delete(file);
    const want = readFileSync(join(expectedRoot, file), 'utf8');
    const have = readFileSync(join(actualRoot, file), 'utf8');
    if (want !== have) drifts.push({ file, lines: describePactDrift(JSON.parse(want), JSON.parse(have)) });
  }
  for (const file of actual)
    drifts.push({ file, lines: ['stale: checked in, but no definition produces it'] });
  return drifts;
}

interface PactJson {
  readonly interactions?: readonly Record<string, unknown>[];
  readonly [key: string]: unknown;
}

function describePactDrift(want: PactJson, have: PactJson): string[] {
  const key = (i: Record<string, unknown>) => `${i.description} ${JSON.stringify(i.providerStates ?? [])}`;
  const label = (i: Record<string, unknown>) => `'${i.description}'`;
  const wantById = new Map((want.interactions ?? []).map((i) => [key(i), i]));
  const haveById = new Map((have.interactions ?? []).map((i) => [key(i), i]));
  const lines: string[] = [];
  for (const [id, interaction] of wantById) {
    const old = haveById.get(id);
    if (old === undefined) lines.push(`+ interaction ${label(interaction)} is new`);
    else {
      const paths = diffPaths(interaction, old, '');
      if (paths.length > 0) {
        lines.push(
          `~ interaction ${label(interaction)} changed at ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` (+${paths.length - 5} more)` : ''}`,
        );
      }
    }
  }
  for (const [id, interaction] of haveById)
    if (!wantById.has(id)) lines.push(`- interaction ${label(interaction)} is gone`);
  const { interactions: _w, ...wantRest } = want;
  const { interactions: _h, ...haveRest } = have;
  for (const path of diffPaths(wantRest, haveRest, '')) lines.push(`~ ${path}`);
  if (lines.length === 0) lines.push('~ formatting differs (regenerate to normalise it)');
  return lines;
}

function diffPaths(want: unknown, have: unknown, path: string): string[] {
  if (JSON.stringify(want) === JSON.stringify(have)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(want) && isObject(have) && Array.isArray(want) === Array.isArray(have)) {
    const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])];
    return keys.flatMap((k) =>
      diffPaths(want[k], have[k], Array.isArray(want) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
    );
  }
  const show = (v: unknown) => {
    const text = v === undefined ? '(absent)' : JSON.stringify(v);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
  };
  return [`${path || '(root)'}: ${show(have)} -> ${show(want)}`];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, dir: { type: 'string' } },
  });
  const target = values.dir ?? canonicalPactRoot;
  const scratch = mkdtempSync(join(tmpdir(), 'spike-contracts-'));
  try {
    const started = performance.now();
    const written = await writeCanonicalContracts(scratch);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const interactions = written.reduce((n, w) => n + w.interactions, 0);
    if (values.check) {
      const drifts = comparePactDirs(scratch, target);
      const disagreements = await asyncApiDisagreements(target);
      for (const line of disagreements) console.error(`contracts:check: AsyncAPI: ${line}`);
      if (drifts.length === 0 && disagreements.length > 0) return 1;
      if (drifts.length === 0) {
        console.log(
          `contracts:check: ${written.length} pact files (${interactions} interactions) match the definitions and the message pacts their AsyncAPI documents.`,
        );
        return 0;
      }
      console.error(
        `contracts:check: ${drifts.length} pact file(s) in ${relative(process.cwd(), target) || '.'} drift from the definitions:`,
      );
      for (const drift of drifts) {
        console.error(`  ${drift.file}`);
        for (const line of drift.lines) console.error(`    ${line}`);
      }
      console.error('Run `npm run contracts` to regenerate them, review the diff and commit it.');
      return 1;
    }
    for (const framing of ['messages', 'http'])
      rmSync(join(target, framing), { recursive: true, force: true });
    cpSync(scratch, target, { recursive: true });
    console.log(
      `contracts: wrote ${written.length} pact files (${interactions} interactions) to ${relative(process.cwd(), target)} in ${seconds} s.`,
    );
    for (const w of written) console.log(`  ${relative(scratch, w.file)} (${w.interactions})`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = await main();

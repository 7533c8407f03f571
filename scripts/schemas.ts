// `npm run schemas`: writes the JSON Schema of every built-in profile's delivery body to contracts/schemas/ and its
// AsyncAPI 3 document to contracts/asyncapi/, generated from the zod schemas (src/schemas).
// `npm run schemas:check` fails when the checked-in files drift.
// Usage: node scripts/schemas.ts [--check] [--dir DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { profileIds, profiles } from '../src/profiles/index.ts';
import { asyncApiDocument } from '../src/schemas/asyncapi-document.ts';
import { payloadSchemas } from '../src/schemas/index.ts';

/** Where the JSON Schema files are checked in. */
export const schemaRoot = fileURLToPath(new URL('../contracts/schemas/', import.meta.url));

/** Where the AsyncAPI documents are checked in. */
export const asyncApiRoot = fileURLToPath(new URL('../contracts/asyncapi/', import.meta.url));

/** The AsyncAPI 3 documents, by file name (one per built-in profile). */
export function asyncApiFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const id of profileIds)
    files.set(`${id}.asyncapi.json`, `${JSON.stringify(asyncApiDocument(id), null, 2)}\n`);
  return files;
}

/** The JSON Schema files the zod schemas produce, by file name (one per built-in profile). */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const id of profileIds) {
    const profile = profiles[id];
    const { title, schema } = payloadSchemas[profile.payload];
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    const document = {
      $schema: json.$schema,
      $id: `urn:spike-webhook-kit:schema:${id}`,
      title,
      ...(profile.status === 'experimental' ? { $comment: `Experimental dialect: ${profile.notes[0]}` } : {}),
      ...json,
    };
    files.set(`${id}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return files;
}

/** The names of the files under `dir` that differ from, lack or add to what the schemas produce. */
export function schemaDrift(dir: string, want: ReadonlyMap<string, string> = jsonSchemaFiles()): string[] {
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const drift: string[] = [];
  for (const [file, text] of want) {
    const path = join(dir, file);
    if (!existsSync(path)) drift.push(`${file}: missing`);
    else if (readFileSync(path, 'utf8') !== text) drift.push(`${file}: differs from the zod schema`);
  }
  for (const file of have) if (!want.has(file)) drift.push(`${file}: stale (no profile produces it)`);
  return drift;
}

function main(): number {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, dir: { type: 'string' } },
  });
  const sets = [
    { what: 'JSON Schema', dir: values.dir ?? schemaRoot, files: jsonSchemaFiles() },
    {
      what: 'AsyncAPI',
      dir: values.dir === undefined ? asyncApiRoot : join(values.dir, 'asyncapi'),
      files: asyncApiFiles(),
    },
  ];
  let status = 0;
  for (const { what, dir, files } of sets) {
    const shown = relative(process.cwd(), dir) || '.';
    if (values.check) {
      const drift = schemaDrift(dir, files);
      if (drift.length === 0) {
        console.log(`schemas:check: ${files.size} ${what} files in ${shown} match the zod schemas.`);
        continue;
      }
      console.error(
        `schemas:check: ${drift.length} ${what} file(s) in ${shown} drift:\n  ${drift.join('\n  ')}`,
      );
      console.error('Run `npm run schemas` to regenerate them, review the diff and commit it.');
      status = 1;
      continue;
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of files) writeFileSync(join(dir, file), text);
    console.log(`schemas: wrote ${files.size} ${what} files to ${shown}.`);
  }
  return status;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();

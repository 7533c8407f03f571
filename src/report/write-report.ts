import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { badInput } from './bad-input.ts';
import { renderReport } from './render-report.ts';
import type { ReportInput } from './report-data.ts';

/**
 * Renders the report ({@link renderReport}) and writes it to `path` (UTF-8), creating the folders it needs.
 * Resolves with the file's absolute path.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a path that is not a non-empty string, or bad input (see
 *   {@link renderReport}); the file system's error when the file cannot be written.
 * @example
 * ```ts
 * import { writeReport } from 'spike-webhook-kit/report';
 * const file = await writeReport('reports/webhooks.html', { scorecards: [card] });
 * console.log(`open ${file}`);
 * ```
 */
export async function writeReport(path: string, input: ReportInput): Promise<string> {
  if (typeof path !== 'string' || path.trim() === '')
    throw badInput("writeReport's path", "a file path such as 'reports/webhooks.html'", path);
  const html = renderReport(input);
  const file = resolve(path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html, 'utf8');
  return file;
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, generateDefaults } from '../../../generators/index.ts';
import { buildDelivery } from '../../delivery/index.ts';
import {
  artilleryFileNames,
  artilleryIndex,
  artilleryProcessor,
  artilleryScenario,
} from './artillery-files.ts';
import {
  type CheckedExportOptions,
  checkExportOptions,
  type ExportFormat,
  type ExportTrafficOptions,
} from './export-options.ts';
import { k6FileNames, k6Script } from './k6-script.ts';

/** What {@link exportTraffic} wrote. */
export interface ExportResult {
  /** The absolute paths of the files written: the data file first, the scenario or script last. */
  readonly files: string[];
  /** How many distinct signed deliveries the data file holds. */
  readonly deliveries: number;
  /** The load engine the files are for. */
  readonly format: ExportFormat;
}

/** One delivery of the data file: the exact headers and body Spike sends. */
interface ExportedDelivery {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Exports signed Spike traffic for a load engine, so load can come from more than one machine: `count` events
 * from `generate`, each signed by `buildDelivery` (the same bytes and signature Spike sends), written to
 * `spike-deliveries.json` (an array of `{ headers, body }`), plus
 *
 * - `format: 'artillery'`: `spike-scenario.yml`, its processor `spike-processor.cjs` (plain CommonJS) and
 *   `spike-deliveries-index.csv`; run `npx artillery run <outDir>/spike-scenario.yml`;
 * - `format: 'k6'`: `spike-k6.js`; run `k6 run <outDir>/spike-k6.js`.
 *
 * Both send `rate` requests per second for `duration` seconds, round-robin over the deliveries, and count success by
 * the profile's rule (exactly 200 for v3, any 2xx otherwise; redirects are not followed). The signatures are made
 * once, here: timestamped profiles are signed at `refDate`, so a receiver with a replay window (300 s by default)
 * accepts the files only near that instant. Pass a `refDate` close to the run, and export again when they expire.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` (unknown format or option, a url that is not http(s), a count, rate or
 *   duration that is not a whole number >= 1, no `outDir`), `SECRET_REQUIRED` (no secret), `UNKNOWN_PROFILE`,
 *   `UNKNOWN_KIND`, `INVALID_DATE` (a bad `refDate`), each before any file is written.
 * @example
 * ```ts
 * import { exportTraffic } from './export-traffic.ts';
 * const { files } = await exportTraffic({
 *   format: 'artillery',
 *   profile: 'spike-forms',
 *   url: 'http://127.0.0.1:3000/webhooks/spike',
 *   secret: process.env.SPIKE_SECRET ?? 's3cret',
 *   outDir: 'load',
 *   count: 200,
 *   rate: 20,
 * });
 * // files: [.../load/spike-deliveries.json, .../spike-deliveries-index.csv, .../spike-processor.cjs, .../spike-scenario.yml]
 * ```
 */
export async function exportTraffic(options: ExportTrafficOptions): Promise<ExportResult> {
  const checked = checkExportOptions(options);
  const deliveries = signedDeliveries(checked);
  const input = {
    profile: checked.profile,
    url: checked.url,
    deliveries: deliveries.length,
    rate: checked.rate,
    duration: checked.duration,
    seed: checked.seed,
  };
  const contents: [string, string][] = [[artilleryFileNames.data, dataFile(deliveries)]];
  if (checked.format === 'artillery') {
    contents.push(
      [artilleryFileNames.index, artilleryIndex(deliveries.length)],
      [artilleryFileNames.processor, artilleryProcessor(checked.profile)],
      [artilleryFileNames.scenario, artilleryScenario(input)],
    );
  } else {
    contents.push([k6FileNames.script, k6Script(input)]);
  }
  await mkdir(checked.outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, text] of contents) {
    const file = join(checked.outDir, name);
    await writeFile(file, text, 'utf8');
    files.push(file);
  }
  return { files, deliveries: deliveries.length, format: checked.format };
}

/** Generates the events and signs each one exactly as Spike would send it. */
function signedDeliveries(checked: CheckedExportOptions): ExportedDelivery[] {
  const { profile } = checked;
  const events = (generate as (profile: unknown, options: object) => unknown[])(profile, {
    count: checked.count,
    seed: checked.seed,
    ...(checked.kind === undefined ? {} : { kind: checked.kind }),
    ...(checked.refDate === undefined ? {} : { refDate: checked.refDate }),
  });
  const timestamp =
    profile.signature.timestampHeader === undefined
      ? {}
      : { timestamp: checked.refDate ?? generateDefaults.refDate };
  return events.map((event) => {
    const delivery = buildDelivery(profile, event, {
      secret: checked.secret,
      bodyStyle: checked.bodyStyle,
      url: checked.url.href,
      ...timestamp,
    });
    return { headers: delivery.headers, body: delivery.body };
  });
}

/** The data file: a JSON array, one delivery per line (the bodies are JSON strings, so every byte survives). */
function dataFile(deliveries: readonly ExportedDelivery[]): string {
  return `[\n${deliveries.map((delivery) => JSON.stringify(delivery)).join(',\n')}\n]\n`;
}

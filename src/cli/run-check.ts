import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runConformance, type ScenarioId } from '../conformance/index.ts';
import { SpikeKitError } from '../core/index.ts';
import { getProfile } from '../profiles/index.ts';
import { toJUnit, writeReport } from '../report/index.ts';
import type { Bytes } from '../signing/hmac.ts';
import type { Stylist } from './io.ts';
import { probeFromUrl } from './probe-url.ts';
import { scorecardJson, scorecardLines } from './scorecard-text.ts';

/** What `check` needs, parsed: the endpoint, the profile, the secret and the outputs asked for. */
export interface CheckInput {
  readonly url: string;
  readonly profile: string;
  readonly secret: Bytes;
  readonly only?: readonly string[] | undefined;
  readonly skip?: readonly string[] | undefined;
  readonly probeUrl?: string | undefined;
  readonly seed?: number | undefined;
  readonly json?: boolean | undefined;
  readonly report?: string | undefined;
  readonly junit?: string | undefined;
}

/** Where `check` writes. */
export interface CheckOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly style: Stylist;
}

/**
 * `spike-webhook-kit check <url>`: the conformance scorecard of a live endpoint, printed (or `--json`), optionally as an
 * HTML report and a JUnit file. Returns the exit code: 1 when any scenario failed, 0 otherwise.
 *
 * @throws {SpikeKitError} what `runConformance` throws for bad input; `INVALID_OPTION` for a URL that is not http(s);
 *   `TRANSPORT_FAILED` when no request got an answer (nothing listening there).
 * @example
 * ```ts
 * const code = await runCheck({ url, profile: 'spike-forms', secret }, { out: console.log, err: console.error, style: (_k, t) => t });
 * ```
 */
export async function runCheck(input: CheckInput, output: CheckOutput): Promise<number> {
  if (!/^https?:\/\//.test(input.url))
    throw new SpikeKitError(
      'INVALID_OPTION',
      `check needs the endpoint's http(s) URL, e.g. http://127.0.0.1:3000/webhooks/spike (got '${input.url}').`,
      {
        option: 'url',
      },
    );
  const card = await runConformance({
    profile: getProfile(input.profile),
    target: { url: input.url },
    secret: input.secret,
    ...(input.only === undefined ? {} : { only: input.only as ScenarioId[] }),
    ...(input.skip === undefined ? {} : { skip: input.skip as ScenarioId[] }),
    ...(input.probeUrl === undefined ? {} : { probe: probeFromUrl(input.probeUrl) }),
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  });
  const evidence = card.scenarios.flatMap((s) => s.evidence);
  const first = evidence[0]?.response;
  if (first?.kind === 'network-error' && evidence.every((e) => e.response.kind === 'network-error'))
    throw new SpikeKitError(
      'TRANSPORT_FAILED',
      `Nothing answered at ${input.url} (${first.error}: ${first.message}): is the server running, and is this its webhook URL?`,
      { url: input.url, error: first.error },
    );
  if (input.json) output.out(JSON.stringify(scorecardJson(card)));
  else for (const line of scorecardLines(card, output.style)) output.out(line);
  if (input.report !== undefined) {
    const path = await writeReport(input.report, {
      title: `spike-webhook-kit check ${input.url}`,
      scorecards: [card],
    });
    output.err(`report: ${path}`);
  }
  if (input.junit !== undefined) {
    const path = resolve(input.junit);
    await writeFile(path, toJUnit([card]));
    output.err(`junit: ${path}`);
  }
  return card.passed ? 0 : 1;
}

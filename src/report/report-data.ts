// What the report page shows, as plain JSON: the input checked, then reduced to the strings and numbers the page's
// script turns into DOM nodes (with textContent) and charts. The same input gives the same JSON, byte for byte.
import type { ScenarioStatus, Scorecard } from '../conformance/types.ts';
import { listChoices } from '../core/index.ts';
import type { SimulationData } from '../simulator/index.ts';
import { badInput, isRecord, stringAt } from './bad-input.ts';
import { checkScorecards } from './check-scorecards.ts';
import { checkSimulations } from './check-simulations.ts';
import { responseText } from './evidence-text.ts';
import { type TimelineData, timelineData } from './timeline-data.ts';

/**
 * What a report shows: scorecards (from `runConformance`), simulations (from `simulate`), a title and, when given,
 * when it was generated (never read from the clock, so the same input gives the same file).
 *
 * @example
 * ```ts
 * const input: ReportInput = { title: 'Webhooks, nightly', scorecards: [card], simulations: [result] };
 * ```
 */
export interface ReportInput {
  /** The page's title and heading. Default `'spike-webhook-kit report'`. */
  readonly title?: string | undefined;
  readonly scorecards?: readonly Scorecard[] | undefined;
  readonly simulations?: readonly SimulationData[] | undefined;
  /** Shown under the title as written (an ISO 8601 instant, say). Default: nothing shown. */
  readonly generatedAt?: string | undefined;
}

/** The keys a {@link ReportInput} may have. */
const inputKeys = ['title', 'scorecards', 'simulations', 'generatedAt'] as const;

/** The default title of a report. @internal */
const defaultTitle = 'spike-webhook-kit report';

/** One exchange of a scenario, as the page shows it. @internal */
interface EvidenceData {
  readonly label: string;
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
  readonly status: number | null;
  readonly response: string;
}

/** One scorecard, as the page shows it. @internal */
interface ScorecardData {
  readonly heading: string;
  readonly summary: string;
  readonly passed: boolean;
  readonly scenarios: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: ScenarioStatus;
    readonly reason: string;
    readonly evidence: readonly EvidenceData[];
  }[];
}

/** Everything the page shows. @internal */
interface ReportData {
  readonly title: string;
  readonly generatedAt: string | null;
  readonly scorecards: readonly ScorecardData[];
  readonly simulations: readonly TimelineData[];
}

/**
 * Checks a {@link ReportInput} and reduces it to what the page shows.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an input that is not an object, an unknown key, or a value that is
 *   not what its field holds (the message names its path, e.g. `scorecards[0].scenarios[2].status`).
 * @example
 * ```ts
 * reportData({ scorecards: [card] }).scorecards[0].scenarios.length; // 12
 * ```
 * @internal
 */
export function reportData(input: ReportInput): ReportData {
  if (!isRecord(input))
    throw badInput('The report input', 'an object such as { scorecards, simulations }', input);
  const unknown = Object.keys(input).filter((key) => !(inputKeys as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw badInput('The report input', `an object with only ${listChoices(inputKeys)}`, unknown.join(', '));
  const title = input.title === undefined ? defaultTitle : stringAt(input.title, 'title');
  const generatedAt = input.generatedAt === undefined ? null : stringAt(input.generatedAt, 'generatedAt');
  const scorecards = input.scorecards === undefined ? [] : checkScorecards(input.scorecards, 'scorecards');
  const simulations =
    input.simulations === undefined ? [] : checkSimulations(input.simulations, 'simulations');
  return {
    title,
    generatedAt,
    scorecards: scorecards.map(scorecardData),
    simulations: simulations.map(timelineData),
  };
}

function scorecardData(card: Scorecard): ScorecardData {
  const counts: Record<ScenarioStatus, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const scenario of card.scenarios) counts[scenario.status]++;
  const context = [
    card.seed === undefined ? undefined : `seed ${String(card.seed)}`,
    typeof card.refDate === 'string' ? `events of ${card.refDate}` : undefined,
  ].filter((part) => part !== undefined);
  return {
    heading: `${card.profile} → ${card.target}`,
    summary: [`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`, ...context].join(
      '; ',
    ),
    passed: counts.failed === 0,
    scenarios: card.scenarios.map((scenario) => ({
      id: scenario.id,
      title: typeof scenario.title === 'string' ? scenario.title : '',
      status: scenario.status,
      reason: scenario.reason,
      evidence: (scenario.evidence ?? []).map((item) => ({
        label: item.label,
        method: typeof item.request.method === 'string' ? item.request.method : 'POST',
        headers: Object.entries(item.request.headers),
        body: item.request.body,
        status: item.response.kind === 'response' ? item.response.status : null,
        response: responseText(item.response),
      })),
    })),
  };
}

/**
 * The page data as the text of a `<script type="application/json">`: JSON with `<`, `>` and `&` written as `\u003c`,
 * `\u003e` and `\u0026`, so no string of the data can end the script or open a tag. `JSON.parse` gives the data back.
 *
 * @example
 * ```ts
 * scriptJson({ reason: '</script>' }); // '{"reason":"\\u003c/script\\u003e"}'
 * ```
 * @internal
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Scorecards as JUnit XML, the format GitHub, GitLab and Jenkins test reports read: one <testsuite> per scorecard,
// one <testcase> per scenario, <failure> with the reason and the evidence, <skipped> with the reason.
import type { ScenarioResult, Scorecard } from '../conformance/types.ts';
import { listChoices } from '../core/index.ts';
import { badInput, isRecord, stringAt } from './bad-input.ts';
import { checkScorecards } from './check-scorecards.ts';
import { evidenceText } from './evidence-text.ts';
import { xmlAttribute as attr, xmlText as text } from './xml-text.ts';

/**
 * Options of {@link toJUnit}.
 *
 * @example
 * ```ts
 * toJUnit([card], { name: 'webhook receiver', timestamp: '2026-01-15T10:30:00Z' });
 * ```
 */
export interface JUnitOptions {
  /** The `name` of `<testsuites>`. Default {@link junitDefaults}`.name`. */
  readonly name?: string | undefined;
  /** A `timestamp` for every `<testsuite>` (ISO 8601, as written). Default: none, so the output is deterministic. */
  readonly timestamp?: string | undefined;
}

/**
 * Defaults of {@link JUnitOptions}.
 *
 * @example
 * ```ts
 * junitDefaults.name; // 'spike-webhook-kit conformance'
 * ```
 */
export const junitDefaults = { name: 'spike-webhook-kit conformance' } as const;

const optionKeys = ['name', 'timestamp'] as const;

/**
 * Writes scorecards as JUnit XML: `<testsuites>` holding one `<testsuite name=profile>` per scorecard (with
 * `tests`, `failures`, `errors`, `skipped`, and the target, seed and reference date as properties), one
 * `<testcase classname=profile name=id>` per scenario, a failed one holding `<failure message=reason>` with the
 * evidence as text, a skipped one `<skipped message=reason/>`. `time` is the sum of the scenario's response
 * latencies, in seconds. Everything is XML-escaped; the same scorecards give the same bytes.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for scorecards that are not what `runConformance` returns (the message
 *   names the path of the bad value) and for bad options.
 * @example
 * ```ts
 * import { toJUnit } from 'spike-webhook-kit/report';
 * writeFileSync('reports/conformance.xml', toJUnit([card]));
 * ```
 */
export function toJUnit(scorecards: readonly Scorecard[], options: JUnitOptions = {}): string {
  const cards = checkScorecards(scorecards, 'toJUnit(scorecards)');
  const { name, timestamp } = checkOptions(options);
  let failures = 0;
  let skipped = 0;
  let tests = 0;
  let seconds = 0;
  const suites = cards.map((card) => {
    const suite = suiteXml(card, timestamp);
    failures += suite.failures;
    skipped += suite.skipped;
    tests += card.scenarios.length;
    seconds += suite.seconds;
    return suite.xml;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(seconds)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function suiteXml(card: Scorecard, timestamp: string | undefined) {
  const failures = card.scenarios.filter((s) => s.status === 'failed').length;
  const skipped = card.scenarios.filter((s) => s.status === 'skipped').length;
  const seconds = card.scenarios.reduce((sum, scenario) => sum + secondsOf(scenario), 0);
  const stamp = timestamp === undefined ? '' : ` timestamp="${attr(timestamp)}"`;
  const properties: [string, unknown][] = [
    ['target', card.target],
    ['seed', card.seed],
    ['refDate', card.refDate],
  ];
  const lines = [
    `  <testsuite name="${attr(card.profile)}" tests="${card.scenarios.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(seconds)}"${stamp}>`,
    '    <properties>',
    ...properties
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => `      <property name="${key}" value="${attr(String(value))}"/>`),
    '    </properties>',
    ...card.scenarios.map((scenario) => caseXml(card.profile, scenario)),
    '  </testsuite>',
  ];
  return { xml: lines.join('\n'), failures, skipped, seconds };
}

function caseXml(profile: string, scenario: ScenarioResult): string {
  const open = `    <testcase classname="${attr(profile)}" name="${attr(scenario.id)}" time="${time(secondsOf(scenario))}"`;
  if (scenario.status === 'passed') return `${open}/>`;
  if (scenario.status === 'skipped')
    return `${open}>\n      <skipped message="${attr(scenario.reason)}"/>\n    </testcase>`;
  const evidence = scenario.evidence ?? [];
  const body = [
    scenario.title ? `${scenario.id}: ${scenario.title}` : scenario.id,
    scenario.reason,
    evidence.length > 0 ? `Evidence:\n${evidenceText(evidence)}` : 'No evidence recorded.',
  ].join('\n\n');
  return [
    `${open}>`,
    `      <failure message="${attr(scenario.reason)}" type="${attr(scenario.id)}">${text(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function secondsOf(scenario: ScenarioResult): number {
  return (scenario.evidence ?? []).reduce((sum, item) => sum + item.response.latencyMs / 1000, 0);
}

function time(seconds: number): string {
  return (Math.round(seconds * 1000) / 1000).toFixed(3);
}

function checkOptions(options: unknown): { name: string; timestamp: string | undefined } {
  if (!isRecord(options)) throw badInput("toJUnit's options", 'an object such as { name }', options);
  const unknown = Object.keys(options).filter((key) => !(optionKeys as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw badInput("toJUnit's options", `an object with only ${listChoices(optionKeys)}`, unknown.join(', '));
  return {
    name: options.name === undefined ? junitDefaults.name : stringAt(options.name, "toJUnit's options.name"),
    timestamp:
      options.timestamp === undefined
        ? undefined
        : stringAt(options.timestamp, "toJUnit's options.timestamp"),
  };
}

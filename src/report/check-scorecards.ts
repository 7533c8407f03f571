// The shape check of scorecards handed to the report and the JUnit writer: what `runConformance` returns, or its
// JSON read back from a file. Bad input is an `INVALID_OPTION` error naming the path of the offending value.
import type { ScenarioStatus, Scorecard } from '../conformance/types.ts';
import { listChoices } from '../core/index.ts';
import { arrayAt, badInput, isRecord, numberAt, stringAt } from './bad-input.ts';

const statuses: readonly ScenarioStatus[] = ['passed', 'failed', 'skipped'];

/**
 * Checks a list of scorecards, field by field, the fields the report and the JUnit XML read.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` naming the first value that is not what a scorecard holds.
 * @internal
 */
export function checkScorecards(value: unknown, what: string): readonly Scorecard[] {
  const hint = 'Pass what runConformance returns (or its JSON), one scorecard per run.';
  const list = arrayAt(value, what, hint);
  list.forEach((card, i) => {
    const at = `${what}[${i}]`;
    if (!isRecord(card)) throw badInput(at, 'a scorecard (an object)', card, hint);
    stringAt(card.profile, `${at}.profile`);
    stringAt(card.target, `${at}.target`);
    arrayAt(card.scenarios, `${at}.scenarios`, hint).forEach((scenario, j) => {
      const sat = `${at}.scenarios[${j}]`;
      if (!isRecord(scenario)) throw badInput(sat, 'a scenario result (an object)', scenario, hint);
      stringAt(scenario.id, `${sat}.id`);
      if (!statuses.includes(scenario.status as ScenarioStatus))
        throw badInput(`${sat}.status`, listChoices(statuses), scenario.status);
      stringAt(scenario.reason, `${sat}.reason`);
      if (scenario.title !== undefined) stringAt(scenario.title, `${sat}.title`);
      const evidence = scenario.evidence === undefined ? [] : arrayAt(scenario.evidence, `${sat}.evidence`);
      evidence.forEach((item, k) => {
        checkEvidence(item, `${sat}.evidence[${k}]`);
      });
    });
  });
  return list as readonly Scorecard[];
}

function checkEvidence(item: unknown, at: string): void {
  if (!isRecord(item)) throw badInput(at, 'an evidence record (an object)', item);
  stringAt(item.label, `${at}.label`);
  const request = item.request;
  if (!isRecord(request)) throw badInput(`${at}.request`, 'the request sent (an object)', request);
  if (!isRecord(request.headers))
    throw badInput(`${at}.request.headers`, 'an object of headers', request.headers);
  for (const [name, header] of Object.entries(request.headers))
    stringAt(header, `${at}.request.headers.${name}`);
  stringAt(request.body, `${at}.request.body`);
  const response = item.response;
  if (!isRecord(response)) throw badInput(`${at}.response`, 'the response seen (an object)', response);
  if (response.kind === 'response') numberAt(response.status, `${at}.response.status`);
  else if (response.kind === 'network-error') stringAt(response.error, `${at}.response.error`);
  else throw badInput(`${at}.response.kind`, "'response' or 'network-error'", response.kind);
  numberAt(response.latencyMs, `${at}.response.latencyMs`);
}

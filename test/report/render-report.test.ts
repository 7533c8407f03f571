import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport, writeReport } from '../../src/report/index.ts';
import { reportScript } from '../../src/report/report-script.ts';
import type { SimulationResult } from '../../src/simulator/index.ts';
import {
  attemptCounts,
  EVIL_BODY,
  EVIL_HEADER,
  EVIL_REASON,
  evilScorecard,
  expectInvalid,
  faultySimulations,
} from './fixtures.ts';

/** The page data, read back the way the page's script reads it. */
function pageData(html: string) {
  const found = /<script type="application\/json" id="spike-report-data">([^<]*)<\/script>/.exec(html);
  expect(found, 'the data script').not.toBeNull();
  return JSON.parse(found?.[1] ?? '');
}

let simulations: SimulationResult[];
const dir = mkdtempSync(join(tmpdir(), 'spike-report-unit-'));
beforeAll(async () => {
  simulations = await faultySimulations();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderReport', () => {
  it('keeps every string of the data as text: nothing can close the script or open a tag', () => {
    // The wrong case first: written naively, this data would end the script element.
    expect(JSON.stringify(EVIL_REASON)).toContain('</script>');
    const html = renderReport({ title: '<b>Nightly</b> & "co"', scorecards: [evilScorecard] });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain('<title>&#60;b&#62;Nightly&#60;/b&#62; &#38; &#34;co&#34;</title>');
    const data = pageData(html);
    expect(data.title).toBe('<b>Nightly</b> & "co"');
    const failed = data.scorecards[0].scenarios[1];
    expect(failed.reason).toBe(EVIL_REASON);
    expect(failed.evidence[0].body).toBe(EVIL_BODY);
    expect(failed.evidence[0].headers).toContainEqual(['x-spike-signature', EVIL_HEADER]);
    expect(failed.evidence[0].response).toBe('200 in 12 ms (handler error: <b>no</b>)');
    expect(failed.evidence[1].response).toBe('no answer: refused (connect ECONNREFUSED) after 1 ms');
  });

  it('is one file that loads nothing: inline styles, Chart.js and script, a policy that forbids the network', () => {
    const html = renderReport({ scorecards: [evilScorecard], simulations });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).toContain('Chart.js v4');
    // Tags that load something, anywhere; CSS that loads something, in the page's own parts (Chart.js says toDataURL).
    expect(html.match(/<script[^>]+src=|<link|<img|<iframe|<object|<embed/i)).toBeNull();
    const ownParts = html.replace(/<script>\/\*!\s+\* Chart\.js[\s\S]*?<\/script>/, '');
    expect(ownParts.length).toBeLessThan(html.length - 100_000);
    expect(ownParts.match(/@import|url\(|https?:\/\/(?!127\.0\.0\.1)/i)).toBeNull();
    expect(reportScript).not.toMatch(/<\/script|<!--|\$\{/i);
    expect(reportScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('puts one point per attempt on the chart, by classification, on an axis that covers the run', () => {
    const data = pageData(renderReport({ simulations }));
    expect(data.simulations).toHaveLength(2);
    data.simulations.forEach((chart: Record<string, unknown>, i: number) => {
      const simulation = simulations[i] as SimulationResult;
      const byClass = Object.fromEntries(
        (chart.datasets as { classification: string; points: unknown[] }[]).map((set) => [
          set.classification,
          set.points.length,
        ]),
      );
      expect(byClass).toEqual(attemptCounts(simulation));
      expect(chart.attempts).toBe(simulation.summary.attempts);
      expect(chart.labels).toHaveLength(simulation.events.length);
      const axis = chart.axis as { max: number; step: number };
      expect(axis.max).toBeGreaterThanOrEqual(simulation.durationMs);
      expect(axis.max / axis.step).toBeLessThanOrEqual(11);
    });
    // The v3 run has at least six classifications (the fixture's faults are chosen so).
    expect(data.simulations[0].datasets.length).toBeGreaterThanOrEqual(6);
    const first = data.simulations[0].datasets.find(
      (set: { classification: string }) => set.classification === 'http-error',
    );
    expect(first.points[0]).toMatchObject({ x: 0, y: '#0', n: 1, status: 500 });
    expect(first.points[0].lines).toEqual(
      expect.arrayContaining(['status: 500', 'fault: 500', 'classification: http-error']),
    );
  });

  it('gives the same bytes for the same input, even from a fresh run of the same simulation', async () => {
    const again = await faultySimulations();
    const html = renderReport({ scorecards: [evilScorecard], simulations });
    expect(renderReport({ scorecards: [evilScorecard], simulations: again })).toBe(html);
    // Read back from JSON files, as a CI job would.
    const fromJson = JSON.parse(JSON.stringify({ scorecards: [evilScorecard], simulations }));
    expect(renderReport(fromJson)).toBe(html);
    expect(pageData(html).generatedAt).toBeNull();
    const stamped = renderReport({ scorecards: [evilScorecard], generatedAt: '2026-01-15T10:30:00Z' });
    expect(pageData(stamped).generatedAt).toBe('2026-01-15T10:30:00Z');
    expect(stamped).not.toBe(renderReport({ scorecards: [evilScorecard] }));
  });

  it('refuses input that is not a report input, naming the bad value', () => {
    expectInvalid(() => renderReport(null as never), /The report input must be an object/);
    expectInvalid(
      () => renderReport({ scorecard: [] } as never),
      /only 'title', 'scorecards'.*got "scorecard"/,
    );
    expectInvalid(() => renderReport({ title: 5 } as never), /title must be a string/);
    expectInvalid(() => renderReport({ scorecards: evilScorecard } as never), /scorecards must be an array/);
    const noReason = { ...evilScorecard, scenarios: [{ ...evilScorecard.scenarios[0], reason: undefined }] };
    expectInvalid(
      () => renderReport({ scorecards: [noReason] } as never),
      /scorecards\[0\]\.scenarios\[0\]\.reason/,
    );
    expectInvalid(
      () => renderReport({ simulations: [{}] } as never),
      /simulations\[0\]\.profile must be a string/,
    );
    const json = JSON.parse(JSON.stringify(simulations[0]));
    json.events[1].attempts[0].classification = 'boom';
    expectInvalid(
      () => renderReport({ simulations: [json] }),
      /simulations\[0\]\.events\[1\]\.attempts\[0\]\.classification must be 'success'/,
    );
  });
});

describe('writeReport', () => {
  it('writes the rendered file, creating folders, and returns its absolute path', async () => {
    const input = { scorecards: [evilScorecard], simulations };
    const file = await writeReport(join(dir, 'nested', 'deeper', 'report.html'), input);
    expect(file).toBe(join(dir, 'nested', 'deeper', 'report.html'));
    expect(readFileSync(file, 'utf8')).toBe(renderReport(input));
    const fromRelative = await writeReport(relative(process.cwd(), join(dir, 'relative.html')), input);
    expect(isAbsolute(fromRelative)).toBe(true);
    expect(fromRelative).toBe(join(dir, 'relative.html'));
  });

  it('refuses a path that is not a file path, and bad input, before writing anything', async () => {
    await expect(writeReport('', {})).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(writeReport(42 as never, {})).rejects.toThrow(/writeReport's path must be a file path/);
    const target = join(dir, 'never', 'written.html');
    await expect(writeReport(target, { title: 1 } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    expect(() => readFileSync(target)).toThrow(/ENOENT/);
  });
});

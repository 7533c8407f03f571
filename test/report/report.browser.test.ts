// The HTML report opened in headless Chromium (Debian's `chromium`; CI installs it): it renders, one mark per
// attempt, one row per scenario, escaped strings stay text, nothing logs an error or touches the network, and hovering
// a point shows its attempt. The JUnit XML is parsed by Chromium's own XML parser too. Without Chromium this FAILS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/conformance/index.ts';
import { toJUnit, writeReport } from '../../src/report/index.ts';
import type { SimulationResult } from '../../src/simulator/index.ts';
import { type Chromium, type ChromiumPage, startChromium } from '../support/chromium.ts';
import {
  attemptCounts,
  EVIL_BODY,
  EVIL_REASON,
  evilScorecard,
  faultySimulations,
  realScorecards,
} from './fixtures.ts';

const TITLE = 'Receiver <report> & friends';

let chromium: Chromium | undefined;
let page: ChromiumPage;
let missing: Error | undefined;
let scorecards: Scorecard[];
let simulations: SimulationResult[];
const dir = mkdtempSync(join(tmpdir(), 'spike-report-browser-'));

beforeAll(async () => {
  scorecards = [...(await realScorecards()), evilScorecard];
  simulations = await faultySimulations();
  const file = await writeReport(join(dir, 'report.html'), { title: TITLE, scorecards, simulations });
  try {
    chromium = await startChromium();
  } catch (error) {
    // Every test fails with this (vitest would report a failed beforeAll's tests as skipped).
    missing = error as Error;
    return;
  }
  page = await chromium.newPage();
  await page.navigate(pathToFileURL(file).href);
}, 60_000);

beforeEach(() => {
  if (missing) throw missing;
});

afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in Chromium', () => {
  it('renders the title, one table per scorecard and one row per scenario, in order', async () => {
    const seen = await page.evaluate<{
      title: string;
      h1: string;
      tables: { id: string; status: string; badge: string }[][];
    }>(`({
      title: document.title,
      h1: document.querySelector('h1').textContent,
      tables: [...document.querySelectorAll('article.scorecard table.scenarios')].map((table) =>
        [...table.querySelectorAll('tr.scenario')].map((row) => ({
          id: row.dataset.id,
          status: row.dataset.status,
          badge: row.querySelector('.badge').textContent,
        })),
      ),
    })`);
    expect(seen.title).toBe(TITLE);
    expect(seen.h1).toBe(TITLE);
    expect(seen.tables).toEqual(
      scorecards.map((card) => card.scenarios.map((s) => ({ id: s.id, status: s.status, badge: s.status }))),
    );
    // The trusting receiver's card has failures, the correct one none: the badges are not all alike.
    expect(new Set(seen.tables.flat().map((row) => row.status))).toEqual(
      new Set(['passed', 'failed', 'skipped']),
    );
  });

  it('draws one mark per attempt on a linear time axis, coloured by classification', async () => {
    const charts = await page.evaluate<
      { marks: number; byLabel: Record<string, number>; x: string; y: string; colours: string[] }[]
    >(`
      window.__spikeReport.charts.map((chart) => ({
        marks: chart.data.datasets.reduce((sum, _set, i) => sum + chart.getDatasetMeta(i).data.length, 0),
        byLabel: Object.fromEntries(chart.data.datasets.map((set, i) => [set.label, chart.getDatasetMeta(i).data.length])),
        x: chart.scales.x.type,
        y: chart.scales.y.type,
        colours: chart.data.datasets.map((set) => set.backgroundColor),
      }))`);
    expect(charts).toHaveLength(simulations.length);
    charts.forEach((chart, i) => {
      const simulation = simulations[i] as SimulationResult;
      expect(chart.marks).toBe(simulation.summary.attempts);
      expect(chart.byLabel).toEqual(attemptCounts(simulation));
      expect(chart.x).toBe('linear');
      expect(chart.y).toBe('category');
    });
    expect(Object.keys(charts[0]?.byLabel ?? {}).length).toBeGreaterThanOrEqual(6);
    const colour = (label: string) => charts[0]?.colours[Object.keys(charts[0].byLabel).indexOf(label)];
    expect(colour('success')).toBe('#2e7d32');
    expect(colour('http-error')).toBe('#c62828');
    expect(colour('timeout')).toBe('#ef6c00');
    expect(colour('network-error')).toBe('#6a1b9a');
    expect(colour('lost-ack')).toBe('#1565c0');
  });

  it('shows markup in the data as text and runs none of it', async () => {
    const seen = await page.evaluate<{
      reasons: string[];
      bodies: string[];
      scripts: number;
      images: number;
      xss: unknown;
    }>(`({
      reasons: [...document.querySelectorAll('tr.scenario .reason-text')].map((cell) => cell.textContent),
      bodies: [...document.querySelectorAll('pre.body')].map((pre) => pre.textContent),
      scripts: document.scripts.length,
      images: document.images.length,
      xss: window.__xss,
    })`);
    expect(seen.reasons).toContain(EVIL_REASON);
    expect(seen.bodies).toContain(EVIL_BODY);
    expect(seen.scripts).toBe(3);
    expect(seen.images).toBe(0);
    expect(seen.xss).toBeUndefined();
  });

  it('logs no error, throws nothing and loads nothing but itself', async () => {
    // Evaluated through the page, so an error thrown there would be recorded by now.
    expect(await page.evaluate<number>('window.__spikeReport.charts.length')).toBe(2);
    const problems = page.messages.filter(
      (m) => m.level === 'error' || m.level === 'assert' || m.source === 'exception',
    );
    expect(problems).toEqual([]);
    expect(page.messages.filter((m) => m.level === 'warning')).toEqual([]);
    expect(page.requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });

  it('shows the attempt under the mouse in a tooltip, and none away from the marks', async () => {
    // The v3 chart's most isolated mark (marks 2 s apart overlap on a three-day axis): its pixel position, in the viewport.
    const target = await page.evaluate<{
      x: number;
      y: number;
      datasetIndex: number;
      index: number;
      status: number | null;
      title: string;
    }>(`(() => {
      const chart = window.__spikeReport.charts[0];
      chart.canvas.scrollIntoView({ block: 'center' });
      const rect = chart.canvas.getBoundingClientRect();
      const marks = chart.data.datasets.flatMap((set, d) =>
        chart.getDatasetMeta(d).data.map((el, i) => ({ el, d, i, raw: set.data[i] })));
      const gap = (m) => Math.min(...marks.filter((o) => o !== m).map((o) => Math.hypot(o.el.x - m.el.x, o.el.y - m.el.y)));
      const best = marks.reduce((a, b) => (gap(b) > gap(a) ? b : a));
      return { x: rect.left + best.el.x, y: rect.top + best.el.y, datasetIndex: best.d, index: best.i,
        status: best.raw.status, title: best.raw.title };
    })()`);
    const hover = async (x: number, y: number) => {
      await page.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      // Chart.js handles pointer events on the next animation frame.
      return page.evaluate<{
        active: { datasetIndex: number; index: number }[];
        title: string[];
        lines: string[];
        opacity: number;
      }>(`
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
          const tooltip = window.__spikeReport.charts[0].tooltip;
          resolve({
            active: tooltip.getActiveElements().map((a) => ({ datasetIndex: a.datasetIndex, index: a.index })),
            title: tooltip.title || [],
            lines: (tooltip.body || []).flatMap((b) => b.lines),
            opacity: tooltip.opacity,
          });
        })))`);
    };
    const away = await hover(target.x, target.y - 400);
    expect(away.active).toEqual([]);
    const on = await hover(target.x, target.y);
    expect(on.active).toEqual([{ datasetIndex: target.datasetIndex, index: target.index }]);
    expect(on.opacity).toBe(1);
    expect(on.title).toEqual([target.title]);
    expect(on.lines).toContain(`status: ${target.status ?? 'none'}`);
    expect(on.lines.some((line) => line.startsWith('latency: '))).toBe(true);
  });

  it("writes JUnit XML that Chromium's XML parser reads, with the counts of the scorecards", async () => {
    const xml = toJUnit(scorecards);
    const parsed = await page.evaluate<{
      error: string | null;
      suites: {
        name: string;
        tests: number;
        failures: number;
        skipped: number;
        cases: number;
        failureElements: number;
        skippedElements: number;
      }[];
      messages: string[];
    }>(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error ? error.textContent : null,
        suites: [...doc.querySelectorAll('testsuite')].map((s) => ({
          name: s.getAttribute('name'),
          tests: Number(s.getAttribute('tests')),
          failures: Number(s.getAttribute('failures')),
          skipped: Number(s.getAttribute('skipped')),
          cases: s.querySelectorAll('testcase').length,
          failureElements: s.querySelectorAll('testcase > failure').length,
          skippedElements: s.querySelectorAll('testcase > skipped').length,
        })),
        messages: [...doc.querySelectorAll('failure')].map((f) => f.getAttribute('message')),
      };
    })()`);
    expect(parsed.error).toBeNull();
    expect(parsed.suites).toEqual(
      scorecards.map((card) => ({
        name: card.profile,
        tests: card.scenarios.length,
        failures: card.counts.failed,
        skipped: card.counts.skipped,
        cases: card.scenarios.length,
        failureElements: card.counts.failed,
        skippedElements: card.counts.skipped,
      })),
    );
    expect(parsed.messages).toContain(EVIL_REASON);
    // The wrong case: the same parser refuses XML with one escape undone.
    const broken = await page.evaluate<boolean>(`!!new DOMParser()
      .parseFromString(${JSON.stringify(xml.replace('&amp;', '&'))}, 'application/xml').querySelector('parsererror')`);
    expect(broken).toBe(true);
  });
});

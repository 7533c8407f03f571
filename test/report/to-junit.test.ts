import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/conformance/index.ts';
import { junitDefaults, toJUnit } from '../../src/report/index.ts';
import {
  EVIL_BODY,
  EVIL_HEADER,
  EVIL_REASON,
  evilScorecard,
  expectInvalid,
  realScorecards,
} from './fixtures.ts';
import { parseXml, type XmlElement } from './xml-check.ts';

const children = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);

let cards: Scorecard[];
beforeAll(async () => {
  cards = await realScorecards();
});

describe('toJUnit', () => {
  it('writes one testsuite per scorecard and one testcase per scenario, with the right counts', () => {
    const root = parseXml(toJUnit(cards));
    expect(root.name).toBe('testsuites');
    const all = cards.flatMap((card) => card.scenarios);
    expect(root.attributes).toMatchObject({
      name: junitDefaults.name,
      tests: String(all.length),
      failures: String(all.filter((s) => s.status === 'failed').length),
      skipped: String(all.filter((s) => s.status === 'skipped').length),
      errors: '0',
    });
    // The trusting receiver fails the signature scenarios: there is something to count.
    expect(Number(root.attributes.failures)).toBeGreaterThan(0);
    const suites = children(root, 'testsuite');
    expect(suites).toHaveLength(cards.length);
    suites.forEach((suite, i) => {
      const card = cards[i] as Scorecard;
      expect(suite.attributes).toMatchObject({
        name: card.profile,
        tests: String(card.scenarios.length),
        failures: String(card.counts.failed),
        skipped: String(card.counts.skipped),
      });
      const properties = children(children(suite, 'properties')[0] as XmlElement, 'property');
      expect(Object.fromEntries(properties.map((p) => [p.attributes.name, p.attributes.value]))).toEqual({
        target: card.target,
        seed: String(card.seed),
        refDate: card.refDate,
      });
      const cases = children(suite, 'testcase');
      expect(cases.map((c) => [c.attributes.classname, c.attributes.name])).toEqual(
        card.scenarios.map((s) => [card.profile, s.id]),
      );
      cases.forEach((testcase, j) => {
        const scenario = card.scenarios[j];
        const failure = children(testcase, 'failure');
        const skipped = children(testcase, 'skipped');
        expect(failure).toHaveLength(scenario?.status === 'failed' ? 1 : 0);
        expect(skipped).toHaveLength(scenario?.status === 'skipped' ? 1 : 0);
        if (failure[0]) {
          expect(failure[0].attributes.message).toBe(scenario?.reason);
          expect(failure[0].text).toContain(scenario?.evidence[0]?.label);
        }
        if (skipped[0]) expect(skipped[0].attributes.message).toBe(scenario?.reason);
        expect(Number(testcase.attributes.time)).toBeGreaterThanOrEqual(0);
      });
    });
  });

  it('escapes markup, quotes, ]]> and characters XML cannot hold, so the strings come back exactly', () => {
    const xml = toJUnit([evilScorecard]);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('\u0001');
    const root = parseXml(xml);
    const suite = children(root, 'testsuite')[0] as XmlElement;
    expect(suite.attributes.name).toBe('spike-forms');
    const failed = children(suite, 'testcase')[1] as XmlElement;
    const failure = children(failed, 'failure')[0] as XmlElement;
    expect(failure.attributes.message).toBe(EVIL_REASON);
    expect(failure.text).toContain(EVIL_REASON);
    expect(failure.text).toContain(EVIL_HEADER);
    // The body is there as text, with the control character and U+FFFF written as visible escapes.
    expect(failure.text).toContain(EVIL_BODY.replace('\u0001', '\\u0001').replace('\uFFFF', '\\uFFFF'));
    expect(failure.text).toContain('no answer: refused (connect ECONNREFUSED) after 1 ms');
    const property = children(children(suite, 'properties')[0] as XmlElement, 'property')[0];
    expect(property?.attributes.value).toBe(evilScorecard.target);
  });

  it('rejects XML a parser would refuse (the checker is not a rubber stamp)', () => {
    const good = toJUnit([evilScorecard]);
    expect(() => parseXml(good.replace('&lt;script&gt;', '<script>'))).toThrow();
    expect(() => parseXml(good.replace('</testsuite>', ''))).toThrow(/never closed|closes/);
    expect(() => parseXml(good.replace('&amp;', '&'))).toThrow(/raw markup/);
  });

  it('gives the same bytes for the same scorecards, and takes a name and a timestamp', () => {
    expect(toJUnit([evilScorecard])).toBe(toJUnit(JSON.parse(JSON.stringify([evilScorecard]))));
    expect(toJUnit([evilScorecard])).not.toContain('timestamp=');
    const root = parseXml(
      toJUnit([evilScorecard], { name: 'receiver <a>', timestamp: '2026-01-15T10:30:00Z' }),
    );
    expect(root.attributes.name).toBe('receiver <a>');
    expect(children(root, 'testsuite')[0]?.attributes.timestamp).toBe('2026-01-15T10:30:00Z');
    expect(parseXml(toJUnit([])).attributes).toMatchObject({ tests: '0', failures: '0', skipped: '0' });
  });

  it('refuses what is not a list of scorecards, naming the bad value', () => {
    expectInvalid(
      () => toJUnit(evilScorecard as never),
      /toJUnit\(scorecards\) must be an array.*runConformance/,
    );
    const badStatus = { ...evilScorecard, scenarios: [{ ...evilScorecard.scenarios[0], status: 'ok' }] };
    expectInvalid(
      () => toJUnit([badStatus as never]),
      /scenarios\[0\]\.status must be 'passed', 'failed' or 'skipped'/,
    );
    expectInvalid(
      () => toJUnit([evilScorecard], { nme: 'x' } as never),
      /only 'name' or 'timestamp', got "nme"/,
    );
    expectInvalid(() => toJUnit([evilScorecard], { timestamp: 5 } as never), /timestamp must be a string/);
  });
});

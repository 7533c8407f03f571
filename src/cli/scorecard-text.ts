import type { Scorecard } from '../conformance/index.ts';
import type { Stylist } from './io.ts';

const marks = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' } as const;

/**
 * A scorecard as the lines `check` prints: a heading, one line per scenario (mark, id, reason) and a summary.
 *
 * @example
 * ```ts
 * for (const line of scorecardLines(card, (_kind, text) => text)) console.log(line);
 * ```
 */
export function scorecardLines(card: Scorecard, style: Stylist): string[] {
  const width = Math.max(...card.scenarios.map((s) => s.id.length));
  const lines = [style('bold', `${card.profile} conformance of ${card.target} (seed ${card.seed})`)];
  for (const s of card.scenarios) {
    const mark = marks[s.status];
    const styled =
      s.status === 'passed'
        ? style('ok', mark)
        : s.status === 'failed'
          ? style('bad', mark)
          : style('dim', mark);
    lines.push(
      `  ${styled} ${s.id.padEnd(width)}  ${s.status === 'skipped' ? style('dim', s.reason) : s.reason}`,
    );
  }
  const { passed, failed, skipped } = card.counts;
  const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  lines.push(
    failed === 0 ? style('ok', `conforms: ${summary}`) : style('bad', `does not conform: ${summary}`),
  );
  return lines;
}

/**
 * The scorecard as `check --json` prints it: `{ profile, target, passed, seed, scenarios: [{ id, status, reason }] }`
 * (the evidence stays in the HTML report and the JUnit file).
 *
 * @example
 * ```ts
 * process.stdout.write(`${JSON.stringify(scorecardJson(card))}\n`);
 * ```
 */
export function scorecardJson(card: Scorecard): object {
  return {
    profile: card.profile,
    target: card.target,
    passed: card.passed,
    seed: card.seed,
    refDate: card.refDate,
    scenarios: card.scenarios.map(({ id, status, reason }) => ({ id, status, reason })),
  };
}

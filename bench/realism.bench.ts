import { healthUser } from '../generators/health/user.ts';
import { measureRealism } from '../test/generators/health/realism-metrics.ts';

/**
 * The realism scorecard of the health data (the same table as test/generators/health/realism.test.ts and
 * docs/realism.md), over 200 people of a year each, and how long a year of one person's day model takes.
 */
export async function run(): Promise<boolean> {
  console.log('\n## realism: the health data beside published reference ranges (200 people x 365 days)');
  const start = performance.now();
  const rows = measureRealism({ seeds: 200, days: 365 });
  const ms = performance.now() - start;
  let ok = true;
  for (const row of rows) {
    const inside = row.value >= row.min && row.value <= row.max;
    ok &&= inside;
    const value = Math.abs(row.value) >= 100 ? row.value.toFixed(0) : row.value.toFixed(2);
    console.log(
      `${row.quantity.padEnd(62)} ${value.padStart(8)}  [${row.min}, ${row.max}]  ${inside ? 'ok' : 'MISSED'}`,
    );
  }
  const yearStart = performance.now();
  const user = healthUser({ seed: 99, persona: 'office-worker' });
  for (let n = 20_454; n < 20_454 + 365; n++) {
    const day = user.day(n);
    void day.sleep.score;
    void day.activity.steps;
    void day.heartRate;
  }
  const yearMs = performance.now() - yearStart;
  console.log(
    `scorecard over 73,000 person-days: ${Math.round(ms)} ms; a year of one person (sleep, steps, heart rate per minute): ${Math.round(yearMs)} ms`,
  );
  return ok;
}

/**
 * A small benchmark harness: each case runs for a fixed time after a warm-up and reports operations per second.
 * Ratios are always against a baseline measured in the same run, on the same machine, so they mean something
 * where absolute numbers do not.
 */
export interface BenchResult {
  readonly name: string;
  readonly opsPerSec: number;
  readonly meanMicros: number;
  readonly samples: number;
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns its throughput. */
function measure(name: string, fn: () => unknown, ms = Number(process.env.BENCH_MS ?? 400)): BenchResult {
  const warmUntil = performance.now() + Math.min(100, ms / 4);
  let sink: unknown;
  while (performance.now() < warmUntil) sink = fn();
  let ops = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 16; i++) sink = fn();
    ops += 16;
    now = performance.now();
  }
  keep(sink);
  const seconds = (now - start) / 1000;
  return { name, opsPerSec: ops / seconds, meanMicros: (seconds * 1e6) / ops, samples: ops };
}

/** Like {@link measure} for async functions (awaited one at a time). */
export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  ms = Number(process.env.BENCH_MS ?? 400),
): Promise<BenchResult> {
  const warmUntil = performance.now() + Math.min(100, ms / 4);
  while (performance.now() < warmUntil) await fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now < start + ms) {
    await fn();
    ops++;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  return { name, opsPerSec: ops / seconds, meanMicros: (seconds * 1e6) / ops, samples: ops };
}

/**
 * Measures `subject` and `baseline` in alternating short rounds (the order flips every round) and reports the
 * median of the per-round ratios, so both sides of each ratio saw the same machine load (a 2-core CI box with
 * other work on it) and a burst during one round does not decide it. Prefer this for ratios.
 */
export function compare(
  subject: { name: string; fn: () => unknown },
  baseline: { name: string; fn: () => unknown },
  options: { rounds?: number; roundMs?: number; maxRatio?: number } = {},
): BenchComparison {
  const rounds = options.rounds ?? 15;
  const total = Number(process.env.BENCH_MS ?? 400);
  const roundMs = options.roundMs ?? Math.max(10, total / rounds);
  const s: BenchResult[] = [];
  const b: BenchResult[] = [];
  const ratios: number[] = [];
  measure(subject.name, subject.fn, roundMs);
  measure(baseline.name, baseline.fn, roundMs);
  for (let i = 0; i < rounds; i++) {
    const first = i % 2 === 0 ? subject : baseline;
    const second = i % 2 === 0 ? baseline : subject;
    const x = measure(first.name, first.fn, roundMs);
    const y = measure(second.name, second.fn, roundMs);
    const [sub, base] = i % 2 === 0 ? [x, y] : [y, x];
    s.push(sub);
    b.push(base);
    ratios.push(base.opsPerSec / sub.opsPerSec);
  }
  ratios.sort((x, y) => x - y);
  return {
    subject: median(s),
    baseline: median(b),
    ratio: ratios[Math.floor(ratios.length / 2)] as number,
    ...(options.maxRatio === undefined ? {} : { maxRatio: options.maxRatio }),
  };
}

/** Seeds no other part of a benchmark run uses: {@link compareFreshSeeds} takes a new one for every call. */
let nextFreshSeed = 1_000_000_000;

/**
 * Generating payloads beside `JSON.stringify` of the very payloads generated, each for a seed never used before in
 * the process, so no memo kept across calls (a form drawn for a seed, a person's trips) can answer: what a test
 * suite generating many people sees. Each round generates a batch, then serialises it; the ratio is the median of
 * the rounds' ratios (both halves of a round see the same machine load).
 */
export function compareFreshSeeds(
  name: string,
  generateFor: (seed: number) => unknown,
  options: { maxRatio?: number; batch?: number; minRounds?: number } = {},
): BenchComparison {
  const batch = options.batch ?? 32;
  const minRounds = options.minRounds ?? 15;
  const budgetMs = Number(process.env.BENCH_MS ?? 400);
  const payloads = new Array<unknown>(batch);
  let bytes = 0;
  const round = () => {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) payloads[i] = generateFor(nextFreshSeed++);
    const t1 = performance.now();
    let sink = '';
    for (let i = 0; i < batch; i++) sink = JSON.stringify(payloads[i]);
    const t2 = performance.now();
    keep(sink);
    return { genMs: t1 - t0, jsonMs: t2 - t1 };
  };
  const warmUntil = performance.now() + Math.min(100, budgetMs / 4);
  while (performance.now() < warmUntil) round();
  for (let i = 0; i < batch; i++) bytes += JSON.stringify(payloads[i]).length;
  const ratios: number[] = [];
  let genMs = 0;
  let jsonMs = 0;
  const end = performance.now() + budgetMs;
  while (ratios.length < minRounds || performance.now() < end) {
    const r = round();
    ratios.push(r.genMs / r.jsonMs);
    genMs += r.genMs;
    jsonMs += r.jsonMs;
  }
  ratios.sort((x, y) => x - y);
  const ops = ratios.length * batch;
  const result = (label: string, ms: number): BenchResult => ({
    name: label,
    opsPerSec: (ops / ms) * 1000,
    meanMicros: (ms * 1000) / ops,
    samples: ops,
  });
  return {
    subject: result(name, genMs),
    baseline: result(`JSON.stringify (~${Math.round(bytes / batch)} B)`, jsonMs),
    ratio: ratios[Math.floor(ratios.length / 2)] as number,
    ...(options.maxRatio === undefined ? {} : { maxRatio: options.maxRatio }),
  };
}

function median(results: readonly BenchResult[]): BenchResult {
  const sorted = [...results].sort((x, y) => x.opsPerSec - y.opsPerSec);
  return sorted[Math.floor(sorted.length / 2)] as BenchResult;
}

/** One printed row: a case beside its baseline and the ratio between them. */
export interface BenchComparison {
  readonly subject: BenchResult;
  readonly baseline: BenchResult;
  /** Subject time / baseline time; default the ratio of the two throughputs. {@link compare} gives the median of paired rounds. */
  readonly ratio?: number;
  /** The target the ratio must stay under (subject time / baseline time), if any. */
  readonly maxRatio?: number;
}

/** Prints a section of comparisons as an aligned table; returns false when a target was missed. */
export function printComparisons(title: string, rows: readonly BenchComparison[]): boolean {
  console.log(`\n## ${title}`);
  let ok = true;
  for (const { subject, baseline, maxRatio, ratio: paired } of rows) {
    const ratio = paired ?? baseline.opsPerSec / subject.opsPerSec;
    const verdict =
      maxRatio === undefined
        ? ''
        : ratio <= maxRatio
          ? `  ok (target <= ${maxRatio}x)`
          : `  MISSED (target <= ${maxRatio}x)`;
    if (maxRatio !== undefined && ratio > maxRatio) ok = false;
    console.log(
      `${subject.name.padEnd(44)} ${fmt(subject.opsPerSec).padStart(12)}/s   vs ${baseline.name.padEnd(30)} ${fmt(baseline.opsPerSec).padStart(12)}/s   ratio ${ratio.toFixed(2)}x${verdict}`,
    );
  }
  return ok;
}

/** Prints plain figures (no baseline). */
export function printFigures(title: string, rows: readonly { name: string; value: string }[]): void {
  console.log(`\n## ${title}`);
  for (const row of rows) console.log(`${row.name.padEnd(60)} ${row.value}`);
}

function fmt(n: number): string {
  return n >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1);
}

let blackhole: unknown;
function keep(value: unknown): void {
  blackhole = value;
  if (blackhole === Symbol.for('never')) console.log('');
}

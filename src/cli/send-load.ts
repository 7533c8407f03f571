// The load run of `send --rate/--concurrency`: signed deliveries to a URL as fast as allowed, no retries, with
// counts, throughput, latency percentiles and statuses.
import { SpikeKitError } from '../core/index.ts';
import { buildDelivery, deliver, type TransportResult } from '../delivery/index.ts';
import { getProfile, isSuccessStatus, type ProfileRef } from '../profiles/index.ts';
import { keepAliveTransport } from './keep-alive-transport.ts';

/**
 * Options of {@link sendLoad}.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { profile: 'spike-forms', url, events, secret: 's3cret', count: 1000, rate: 200 };
 * ```
 */
export interface LoadOptions {
  readonly profile: ProfileRef;
  /** The endpoint (http or https). */
  readonly url: string;
  /** The events to send, round-robin; each request builds and signs its delivery just before it goes. */
  readonly events: readonly unknown[];
  /** The secret deliveries are signed with (required by profiles that always sign). */
  readonly secret?: string | undefined;
  /** How many requests in all. */
  readonly count: number;
  /** Requests started per second at most; default as fast as `concurrency` allows. */
  readonly rate?: number | undefined;
  /** Requests in flight at once. Default {@link loadDefaults}. */
  readonly concurrency?: number | undefined;
  /** Real milliseconds before a request counts as timed out; default the profile's timeout. */
  readonly timeoutMs?: number | undefined;
  /** Called after each answer with the number done so far. */
  readonly onProgress?: ((done: number) => void) | undefined;
}

/**
 * What a load run measured. `statuses` counts each HTTP status, and each network failure by kind (`refused`,
 * `timeout` ...); `delivered` counts the answers the profile's success rule accepts.
 *
 * @example
 * ```ts
 * const report: LoadReport = await sendLoad({ profile: 'spike-forms', url, events, count: 100 });
 * report.latencyMs.p99; // 3.1
 * ```
 */
export interface LoadReport {
  readonly profile: string;
  readonly url: string;
  readonly count: number;
  readonly concurrency: number;
  readonly rate: number | null;
  readonly delivered: number;
  readonly failed: number;
  readonly durationMs: number;
  /** Requests per second over the whole run. */
  readonly rps: number;
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly statuses: Readonly<Record<string, number>>;
}

/**
 * Defaults of {@link sendLoad}.
 *
 * @example
 * ```ts
 * loadDefaults.concurrency; // 10
 * ```
 */
export const loadDefaults = { concurrency: 10 } as const;

/**
 * Sends `count` signed deliveries of `events` (round-robin) to `url`, `concurrency` at a time and at most `rate`
 * per second, once each (no retries: Spike's schedule is `send` without `--rate`), over `concurrency` kept-alive
 * connections (`keepAliveTransport`).
 * Timestamped profiles are signed with the current time, so every request is fresh.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for no events or a count, rate or concurrency out of range;
 *   `INVALID_TARGET` for a URL that is not http(s); what `buildDelivery` throws (`SECRET_REQUIRED` ...).
 * @example
 * ```ts
 * const events = generate('spike-forms', { kind: 'contact', count: 100 });
 * const report = await sendLoad({ profile: 'spike-forms', url, events, secret: 's3cret', count: 1000, rate: 500 });
 * console.log(report.rps, report.latencyMs.p50, report.statuses); // 498.2 1.1 { '200': 1000 }
 * ```
 */
export async function sendLoad(options: LoadOptions): Promise<LoadReport> {
  const profile = getProfile(options.profile);
  const { events, count, rate } = options;
  const concurrency = options.concurrency ?? loadDefaults.concurrency;
  if (events.length === 0)
    throw new SpikeKitError('INVALID_OPTION', 'sendLoad needs at least one event.', {});
  if (!Number.isSafeInteger(count) || count < 1)
    throw new SpikeKitError('INVALID_OPTION', `The count must be a whole number >= 1, got ${count}.`, {
      option: 'count',
    });
  if (!Number.isSafeInteger(concurrency) || concurrency < 1)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `The concurrency must be a whole number >= 1, got ${concurrency}.`,
      {
        option: 'concurrency',
      },
    );
  if (rate !== undefined && !(Number.isFinite(rate) && rate > 0))
    throw new SpikeKitError(
      'INVALID_OPTION',
      `The rate must be a number of requests per second above 0, got ${rate}.`,
      {
        option: 'rate',
      },
    );
  const timestamped = profile.signature.timestampHeader !== undefined;
  const build = (index: number) =>
    buildDelivery(profile, events[index % events.length], {
      ...(options.secret === undefined ? {} : { secret: options.secret }),
      ...(timestamped ? { timestamp: Date.now() } : {}),
    });
  build(0); // bad input fails here, before anything is sent
  const transport = keepAliveTransport(options.url, concurrency);
  const sendOptions = { timeoutMs: options.timeoutMs ?? profile.timeoutMs };
  const latencies = new Float64Array(count);
  const statuses = new Map<string, number>();
  let delivered = 0;
  let next = 0;
  let done = 0;
  const start = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= count) return;
      if (rate !== undefined) {
        const wait = start + (index * 1000) / rate - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const result: TransportResult = await deliver(transport, build(index), sendOptions);
      latencies[index] = result.latencyMs;
      const key = result.kind === 'response' ? String(result.status) : result.error;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (result.kind === 'response' && isSuccessStatus(profile, result.status)) delivered++;
      done++;
      options.onProgress?.(done);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } finally {
    await transport.close?.();
  }
  const durationMs = performance.now() - start;
  latencies.sort();
  return {
    profile: profile.id,
    url: options.url,
    count,
    concurrency,
    rate: rate ?? null,
    delivered,
    failed: count - delivered,
    durationMs: round(durationMs),
    rps: round((count * 1000) / durationMs),
    latencyMs: {
      p50: round(rank(latencies, 0.5)),
      p99: round(rank(latencies, 0.99)),
      max: round(latencies[count - 1] ?? 0),
    },
    statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The nearest-rank percentile of sorted values. */
function rank(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

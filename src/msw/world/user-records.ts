import { fastUuid } from '../../../generators/health/noise.ts';
import { type ProviderSlug, records } from '../../../generators/health/providers.ts';
import { DAY_S } from '../../../generators/health/time.ts';
import type { HealthUser } from '../../../generators/health/user.ts';
import { v2Kinds } from '../../../generators/health-v2/v2-kind-specs.ts';
import type { HealthV2DataType, HealthV2Items } from '../../schemas/health-v2/index.ts';
import type { HealthV3Metric } from '../../schemas/health-v3/index.ts';
import { metricSourceFor } from './v3-metric-table.ts';
import type { Point } from './v3-points.ts';

/** One v2 record of a day: an item as a v2 payload carries it, with the id the v3 API gives it. */
export interface DayRecord<K extends HealthV2DataType = HealthV2DataType> {
  readonly id: string;
  readonly dataType: K;
  readonly provider: ProviderSlug;
  readonly dayNo: number;
  readonly item: HealthV2Items[K];
  /** The instant it reached Spike (its data's end plus the user's sync lag), epoch ms. */
  readonly syncedMs: number;
}

/**
 * Everything one user of a world has recorded, as the mocked API serves it: the v2 items of each local day (built
 * lazily by the same builders as the v2 payloads, and cached), only for the days of the world's span and only as
 * far as they had reached Spike at the world's reference instant (the same cut-off the v2 generator uses).
 *
 * @example
 * ```ts
 * const store = new UserRecords(user, firstDayNo, refMs);
 * store.points('steps', ['garmin'], fromDay, toDay);
 * ```
 */
export class UserRecords {
  readonly user: HealthUser;
  readonly firstDayNo: number;
  readonly lastDayNo: number;
  readonly #cutoffMs: number;
  readonly #records = new Map<string, readonly DayRecord[]>();
  readonly #points = new Map<string, readonly Point[]>();

  constructor(user: HealthUser, firstDayNo: number, refMs: number) {
    this.user = user;
    this.firstDayNo = firstDayNo;
    this.#cutoffMs = refMs - user.syncLagMs;
    this.lastDayNo = user.localDayOf(this.#cutoffMs);
  }

  /**
   * The provider serving a metric: the first of the user's providers (within `allowed`) that records one of the
   * metric's sources (Spike merges sources; the kit takes the user's preferred provider).
   */
  providerFor(metric: HealthV3Metric, allowed?: readonly ProviderSlug[]): ProviderSlug | undefined {
    return this.user.providers.find(
      (slug) =>
        (allowed === undefined || allowed.includes(slug)) && metricSourceFor(metric, slug) !== undefined,
    );
  }

  /** The records of a data type from a provider on a local day (none outside the span or not yet synced). */
  records<K extends HealthV2DataType>(
    dataType: K,
    provider: ProviderSlug,
    dayNo: number,
  ): readonly DayRecord<K>[] {
    if (dayNo < this.firstDayNo || dayNo > this.lastDayNo || !records(provider, dataType)) return [];
    const key = `${dataType}:${provider}:${dayNo}`;
    let list = this.#records.get(key);
    if (list === undefined) {
      list = this.#build(dataType, provider, dayNo);
      this.#records.set(key, list);
    }
    return list as readonly DayRecord<K>[];
  }

  #build(dataType: HealthV2DataType, provider: ProviderSlug, dayNo: number): DayRecord[] {
    const day = this.user.day(dayNo);
    const spec = v2Kinds[dataType];
    const visible = Math.min(DAY_S, Math.floor((this.#cutoffMs - day.startMs) / 1000));
    if (spec.readyAt(day) > visible) return [];
    const built = spec.build({ day, source: provider, untilSec: visible, large: false });
    const syncedMs = day.toMs(built.endSec) + this.user.syncLagMs;
    return built.items.map((item, k) => ({
      id: fastUuid(this.user.stream(dayNo, ':v3-record:', dataType, ':', provider, ':', k)),
      dataType,
      provider,
      dayNo,
      item,
      syncedMs,
    }));
  }

  /**
   * The points of a metric from one provider over local days `fromDay..toDay`, in record order (time order within
   * each record). Empty for metrics the world does not model.
   */
  points(metric: HealthV3Metric, provider: ProviderSlug, fromDay: number, toDay: number): readonly Point[] {
    const source = metricSourceFor(metric, provider);
    if (source === undefined) return [];
    const out: Point[] = [];
    for (let dayNo = Math.max(fromDay, this.firstDayNo); dayNo <= Math.min(toDay, this.lastDayNo); dayNo++) {
      const key = `${metric}:${provider}:${dayNo}`;
      let list = this.#points.get(key);
      if (list === undefined) {
        const day = this.user.day(dayNo);
        const made: Point[] = [];
        for (const record of this.records(source.dataType, provider, dayNo)) {
          for (const [startMs, durationMs, value] of source.points(record.item, day))
            made.push({ startMs, durationMs, value, dayNo, recordId: record.id });
        }
        list = made;
        this.#points.set(key, list);
      }
      for (const p of list) out.push(p);
    }
    return out;
  }
}

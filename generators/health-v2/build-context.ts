import type { HealthV2DataType, HealthV2Items } from '../../src/schemas/health-v2/index.ts';
import type { DayModel } from '../health/day.ts';
import type { ProviderSlug } from '../health/providers.ts';

/** What a v2 item builder gets: one day of one person, the provider, and how much of the day is visible. */
export interface BuildContext {
  readonly day: DayModel;
  readonly source: ProviderSlug;
  /** Data recorded before this second of the day (from its local midnight) has reached Spike. */
  readonly untilSec: number;
  /** The `large` awkward variant: finer resolution, longer series. */
  readonly large: boolean;
}

/** A builder's result: the items and the last instant of data they carry (seconds from the local midnight). */
export interface Built<K extends HealthV2DataType> {
  readonly items: HealthV2Items[K][];
  readonly endSec: number;
}

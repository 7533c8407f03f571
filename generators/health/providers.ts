import { invalid, listChoices } from '../../src/core/index.ts';
import { type HealthV2DataType, healthV2DataTypes } from '../../src/schemas/health-v2/index.ts';

/** How activity names look in a provider's own data. */
export type ActivityNaming = 'garmin' | 'fitbit' | 'generic';

/** What one provider records and how its data looks. */
export interface ProviderInfo {
  /** Display name. */
  readonly name: string;
  /** `sdk`: read on the phone (Apple Health, Health Connect ...); `cloud`: pulled from the vendor's API. */
  readonly access: 'sdk' | 'cloud' | 'legacy';
  /** The v2 `data_type`s this provider delivers. */
  readonly records: readonly HealthV2DataType[];
  /** Device names written in `ecg.original_source` and similar fields. */
  readonly devices: readonly string[];
  /** How its workouts are named. */
  readonly naming: ActivityNaming;
  /** ECG recordings: sampling frequency (Hz) and lead, for providers that record ECG. */
  readonly ecg?: { readonly frequencyHz: number; readonly lead: string | null };
  /** Minutes between glucose readings, for continuous glucose monitors. */
  readonly glucoseIntervalMin?: number;
  /** Typical span of one sync window, hours (v3 `record_change` windows). */
  readonly syncHours: readonly [number, number];
}

const WEARABLE: readonly HealthV2DataType[] = [
  'sleep',
  'heart',
  'steps',
  'distance',
  'calories',
  'oxygen_saturation',
  'breathing',
  'activities_stream',
];

/**
 * The provider capability matrix ([decision] after docs.spikeapi.com/technical-references/provider_matrix and the
 * shared facts: ECG only from Withings and Apple, glucose only from Dexcom and FreeStyle Libre, stress only from
 * Garmin). Generators choose a payload's `source` among the person's providers that record its data type.
 *
 * @example
 * ```ts
 * providers.oura.records.includes('ecg'); // false
 * providers.withings.ecg?.frequencyHz;    // 300
 * ```
 */
const providers = {
  apple: {
    name: 'Apple Health',
    access: 'sdk',
    records: [...WEARABLE, 'body', 'ecg'],
    devices: ['Apple Watch Series 9', 'iPhone 15'],
    naming: 'generic',
    ecg: { frequencyHz: 512, lead: 'I' },
    syncHours: [0.5, 3],
  },
  health_connect: {
    name: 'Android Health Connect',
    access: 'sdk',
    records: [...WEARABLE, 'body'],
    devices: ['Pixel Watch 2', 'Pixel 8'],
    naming: 'generic',
    syncHours: [0.5, 3],
  },
  samsung_health_data: {
    name: 'Samsung Health',
    access: 'sdk',
    records: [...WEARABLE, 'body'],
    devices: ['Galaxy Watch6', 'Galaxy S24'],
    naming: 'generic',
    syncHours: [0.5, 3],
  },
  garmin: {
    name: 'Garmin',
    access: 'cloud',
    records: [...WEARABLE, 'body', 'stress', 'goals'],
    devices: ['Forerunner 965', 'Index S2'],
    naming: 'garmin',
    syncHours: [1, 4],
  },
  fitbit: {
    name: 'Fitbit',
    access: 'cloud',
    records: [...WEARABLE, 'body', 'goals'],
    devices: ['Charge 6', 'Aria Air'],
    naming: 'fitbit',
    syncHours: [1, 4],
  },
  oura: {
    name: 'Oura',
    access: 'cloud',
    records: [
      'sleep',
      'heart',
      'steps',
      'distance',
      'calories',
      'oxygen_saturation',
      'breathing',
      'activities_stream',
    ],
    devices: ['Oura Ring Gen3'],
    naming: 'generic',
    syncHours: [2, 8],
  },
  whoop: {
    name: 'WHOOP',
    access: 'cloud',
    records: ['sleep', 'heart', 'calories', 'oxygen_saturation', 'breathing', 'activities_stream'],
    devices: ['WHOOP 4.0'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  polar: {
    name: 'Polar',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps', 'distance', 'calories', 'activities_stream'],
    devices: ['Vantage V3'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  withings: {
    name: 'Withings',
    access: 'cloud',
    records: [...WEARABLE, 'body', 'ecg'],
    devices: ['ScanWatch 2', 'Body Comp'],
    naming: 'generic',
    ecg: { frequencyHz: 300, lead: null },
    syncHours: [1, 6],
  },
  suunto: {
    name: 'Suunto',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps', 'calories', 'activities_stream'],
    devices: ['Suunto Race'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  strava: {
    name: 'Strava',
    access: 'cloud',
    records: ['activities_stream'],
    devices: ['Strava'],
    naming: 'generic',
    syncHours: [0.5, 2],
  },
  coros: {
    name: 'COROS',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps', 'calories', 'activities_stream'],
    devices: ['COROS PACE 3'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  huawei: {
    name: 'Huawei Health',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps', 'distance', 'calories', 'oxygen_saturation', 'activities_stream'],
    devices: ['HUAWEI WATCH GT 4'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  ultrahuman: {
    name: 'Ultrahuman',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps', 'calories', 'oxygen_saturation'],
    devices: ['Ultrahuman Ring AIR'],
    naming: 'generic',
    syncHours: [2, 8],
  },
  luna: {
    name: 'Luna',
    access: 'cloud',
    records: ['sleep', 'heart', 'steps'],
    devices: ['Luna Ring'],
    naming: 'generic',
    syncHours: [2, 8],
  },
  dexcom: {
    name: 'Dexcom',
    access: 'cloud',
    records: ['glucose'],
    devices: ['Dexcom G7'],
    naming: 'generic',
    glucoseIntervalMin: 5,
    syncHours: [1, 3],
  },
  freestyle_libre: {
    name: 'FreeStyle Libre',
    access: 'cloud',
    records: ['glucose'],
    devices: ['FreeStyle Libre 3'],
    naming: 'generic',
    glucoseIntervalMin: 15,
    syncHours: [2, 8],
  },
  omron_us: {
    name: 'Omron (US)',
    access: 'cloud',
    records: ['body'],
    devices: ['Omron BCM-500'],
    naming: 'generic',
    syncHours: [2, 12],
  },
  omron_eu: {
    name: 'Omron (EU)',
    access: 'cloud',
    records: ['body'],
    devices: ['Omron BF511'],
    naming: 'generic',
    syncHours: [2, 12],
  },
  google_fit: {
    name: 'Google Fit (legacy)',
    access: 'legacy',
    records: ['sleep', 'heart', 'steps', 'distance', 'calories', 'body', 'activities_stream'],
    devices: ['Google Fit'],
    naming: 'generic',
    syncHours: [1, 6],
  },
  wahoo: {
    name: 'Wahoo (legacy)',
    access: 'legacy',
    records: ['heart', 'activities_stream'],
    devices: ['ELEMNT BOLT'],
    naming: 'generic',
    syncHours: [0.5, 2],
  },
  biostrap: {
    name: 'Biostrap (legacy)',
    access: 'legacy',
    records: ['sleep', 'heart', 'oxygen_saturation', 'breathing'],
    devices: ['Biostrap EVO'],
    naming: 'generic',
    syncHours: [2, 8],
  },
} as const satisfies Record<string, ProviderInfo>;

/** A provider slug of {@link providers}: lower case, as Spike writes it. */
export type ProviderSlug = keyof typeof providers;

/** Every {@link ProviderSlug}, in table order (frozen). */
export const providerSlugs: readonly ProviderSlug[] = Object.freeze(Object.keys(providers) as ProviderSlug[]);

/**
 * True when `slug` is a provider the kit knows.
 *
 * @example
 * ```ts
 * isProviderSlug('garmin'); // true
 * isProviderSlug('Garmin'); // false: slugs are lower case
 * ```
 */
export function isProviderSlug(slug: unknown): slug is ProviderSlug {
  return typeof slug === 'string' && Object.hasOwn(providers, slug);
}

/**
 * The capabilities of a provider.
 *
 * @example
 * ```ts
 * providerInfo('dexcom').glucoseIntervalMin; // 5
 * ```
 */
export function providerInfo(slug: ProviderSlug): ProviderInfo {
  return providers[slug];
}

/**
 * True when the provider delivers the v2 data type.
 *
 * @example
 * ```ts
 * records('oura', 'ecg');    // false
 * records('garmin', 'stress'); // true
 * ```
 */
export function records(slug: ProviderSlug, dataType: HealthV2DataType): boolean {
  return recordedBy(slug).has(dataType);
}

/** What {@link recordedBy} answers for a slug outside the table. */
const NOTHING: ReadonlySet<HealthV2DataType> = new Set();

/**
 * The v2 data types a provider delivers, as a set: one lookup for checking several types of one provider.
 *
 * @example
 * ```ts
 * const can = recordedBy('oura');
 * can.has('sleep') && !can.has('ecg'); // true
 * ```
 */
export function recordedBy(slug: ProviderSlug): ReadonlySet<HealthV2DataType> {
  return capabilities().get(slug) ?? NOTHING;
}

/**
 * The providers that deliver a v2 data type, in table order.
 *
 * @throws {SpikeKitError} `UNKNOWN_KIND` (listing the data types) when `dataType` is not a v2 `data_type`.
 * @example
 * ```ts
 * providersRecording('glucose'); // ['dexcom', 'freestyle_libre']
 * ```
 */
export function providersRecording(dataType: HealthV2DataType): ProviderSlug[] {
  if (!(healthV2DataTypes as readonly unknown[]).includes(dataType)) {
    throw invalid('UNKNOWN_KIND', 'The data_type', `one of ${listChoices(healthV2DataTypes)}`, dataType, {
      details: { valid: healthV2DataTypes },
    });
  }
  return providerSlugs.filter((slug) => records(slug, dataType));
}

let capabilitySets: Map<ProviderSlug, ReadonlySet<HealthV2DataType>> | undefined;

function capabilities(): Map<ProviderSlug, ReadonlySet<HealthV2DataType>> {
  capabilitySets ??= new Map(
    providerSlugs.map((slug) => [slug, new Set<HealthV2DataType>(providers[slug].records)]),
  );
  return capabilitySets;
}

import { isProviderSlug, type ProviderSlug, providerSlugs } from '../../../generators/health/providers.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { type HealthV3Metric, healthV3Metrics } from '../../schemas/health-v3/index.ts';
import { badParameter } from './problem.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Spike's examples: "2006-01-02T15:04:05" and "2006-01-02T15:04:05Z" (UTC either way); fractions and offsets too.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A query list parameter, however the client writes it: repeated (`types=a&types=b`), with brackets
 * (`types[]=a`), or comma-separated (`types=a,b`) [decision: Spike's docs show lists without saying how they are
 * encoded, so the mock accepts all three].
 *
 * @example
 * ```ts
 * queryList(new URL('https://x.test/?types[]=steps&types=heartrate,distance_total'), 'types'); // ['steps', 'heartrate', 'distance_total']
 * ```
 */
function queryList(url: URL, name: string): string[] {
  const raw = [...url.searchParams.getAll(name), ...url.searchParams.getAll(`${name}[]`)];
  return raw.flatMap((v) => v.split(',')).filter((v) => v !== '');
}

function required(url: URL, name: string): string {
  const value = url.searchParams.get(name);
  if (value === null || value === '') throw badParameter(`query.${name}`, 'required parameter is missing');
  return value;
}

/** A required local date parameter (`YYYY-MM-DD`) as a local day number. */
export function queryDate(url: URL, name: string): number {
  const value = required(url, name);
  const dayNo = DATE.test(value) ? dayNoOf(value) : undefined;
  if (dayNo === undefined) throw badParameter(`query.${name}`, 'expected a date YYYY-MM-DD', value);
  return dayNo;
}

/** A required UTC timestamp parameter as epoch ms (no zone means UTC, as in Spike's examples). */
export function queryTimestamp(url: URL, name: string): number {
  const value = required(url, name);
  const ms = TIMESTAMP.test(value)
    ? Date.parse(/Z|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`)
    : Number.NaN;
  if (Number.isNaN(ms)) throw badParameter(`query.${name}`, 'expected an RFC 3339 date-time', value);
  return ms;
}

/** Checks that `to` is not before `from` (or, for `strict`, after it). */
export function checkRange(
  from: number,
  to: number,
  names: readonly [string, string],
  strict: boolean,
): void {
  if (to < from || (strict && to === from)) {
    throw badParameter(
      `query.${names[1]}`,
      `${names[1]} must be ${strict ? 'after' : 'on or after'} ${names[0]}`,
      { [names[0]]: from, [names[1]]: to },
    );
  }
}

/** The optional `providers` filter, each a known provider slug (400 otherwise). */
export function queryProviders(url: URL): ProviderSlug[] | undefined {
  const list = queryList(url, 'providers');
  if (list.length === 0) return undefined;
  const unknown = list.filter((slug) => !isProviderSlug(slug));
  if (unknown.length > 0) {
    throw badParameter(
      'query.providers',
      `unknown provider; expected one of ${providerSlugs.join(', ')}`,
      unknown,
    );
  }
  return list as ProviderSlug[];
}

/** The required `metric` parameter, a metric of the v3 vocabulary (400 otherwise). */
export function queryMetric(url: URL): HealthV3Metric {
  const metric = required(url, 'metric');
  if (!(healthV3Metrics as readonly string[]).includes(metric)) {
    throw badParameter(
      'query.metric',
      `unknown metric; expected one of ${healthV3Metrics.join(', ')}`,
      metric,
    );
  }
  return metric as HealthV3Metric;
}

/** A required, non-empty list parameter whose values come from `valid` (400 otherwise). */
export function queryChoices<T extends string>(url: URL, name: string, valid: readonly T[]): T[] {
  const list = queryList(url, name);
  if (list.length === 0) throw badParameter(`query.${name}`, 'required: at least one value');
  const unknown = list.filter((v) => !(valid as readonly string[]).includes(v));
  if (unknown.length > 0)
    throw badParameter(`query.${name}`, `unknown value; expected one of ${valid.join(', ')}`, unknown);
  return list as T[];
}

/** An optional boolean parameter (`true`/`false`). */
export function queryBoolean(url: URL, name: string, fallback: boolean): boolean {
  const value = url.searchParams.get(name);
  if (value === null) return fallback;
  if (value !== 'true' && value !== 'false')
    throw badParameter(`query.${name}`, 'expected true or false', value);
  return value === 'true';
}

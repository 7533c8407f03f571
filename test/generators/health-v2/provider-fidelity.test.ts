// Each provider's fidelity profile shows in its payloads: the fields it fills, its HRV measure, its resting heart
// rate, its sampling cadence and its charging gaps.
import { describe, expect, it } from 'vitest';
import { FREE } from '../../../generators/health/day-grid.ts';
import { chargingWindow, heartSampleMask } from '../../../generators/health/heart-sampling.ts';
import { fidelityOf } from '../../../generators/health/provider-fidelity.ts';
import { providerInfo, providerSlugs, providersRecording } from '../../../generators/health/providers.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { hrvMetricOf, providerMetricsOf } from '../../../generators/health-v3/metrics.ts';
import { syncedRecords } from '../../../generators/health-v3/record-change.ts';
import { checkHealthV2Event, type HealthV2HeartItem } from '../../../src/schemas/health-v2/index.ts';
import { localSec, only, req, SEEDS, sum, v2, v2Series } from '../health/support.ts';

const PERSONA = 'office-worker';

function heart(source: string, seed = 3): HealthV2HeartItem {
  return only(v2('heart', { seed, persona: PERSONA, source }).data);
}

/** Minutes from midnight of a heart item's samples. */
function sampleMinutes(item: HealthV2HeartItem): number[] {
  const midnight = localSec(`${item.date}T00:00:00`);
  return req(item.heart_rate_samples).map((s) => (localSec(s.time) - midnight) / 60);
}

describe('provider fidelity: fields', () => {
  it('every provider of sleep and heart writes payloads the schema accepts', () => {
    for (const kind of ['sleep', 'heart', 'stress', 'breathing'] as const) {
      for (const source of providersRecording(kind)) {
        for (const seed of SEEDS.slice(0, 3)) {
          expect(checkHealthV2Event(v2(kind, { seed, persona: PERSONA, source }))).toEqual([]);
        }
      }
    }
  });

  it('Apple sleep has no provider score and no temperature; Oura has both, Garmin its score', () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const apple = only(v2('sleep', { seed, persona: PERSONA, source: 'apple' }).data);
      expect(apple.source_specific_sleep_score).toBeUndefined();
      expect(apple.temperature_delta).toBeUndefined();
      expect(apple.standardized_sleep_score).toBeTypeOf('number');
      const oura = only(v2('sleep', { seed, persona: PERSONA, source: 'oura' }).data);
      expect(oura.source_specific_sleep_score).toBeTypeOf('number');
      expect(oura.temperature_delta).toBeTypeOf('number');
      const garmin = only(v2('sleep', { seed, persona: PERSONA, source: 'garmin' }).data);
      expect(garmin.source_specific_sleep_score).toBeTypeOf('number');
      expect(garmin.temperature_delta).toBeUndefined();
      expect(JSON.stringify(apple)).not.toContain('source_specific_sleep_score');
    }
  });

  it('every sleep field a profile leaves out is missing, every one it fills is there', () => {
    for (const source of providersRecording('sleep')) {
      const p = fidelityOf(source).sleep;
      const item = only(v2('sleep', { seed: 11, persona: PERSONA, source }).data);
      expect(item.source_specific_sleep_score !== undefined).toBe(p.score);
      expect(item.temperature_delta !== undefined).toBe(p.temperature);
      expect(item.respiratory_rate !== undefined).toBe(p.respiratory);
      expect(item.average_hrv !== undefined).toBe(fidelityOf(source).hrv !== undefined);
    }
  });
});

describe('provider fidelity: HRV and resting heart rate', () => {
  it('Apple reports SDNN above the RMSSD others report, around the clock, without RMSSD windows', () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const apple = heart('apple', seed);
      const fitbit = heart('fitbit', seed);
      const sdnn = req(apple.heart_rate_variability?.sleep_hrv);
      const rmssd = req(fitbit.heart_rate_variability?.sleep_hrv);
      expect(sdnn / rmssd).toBeCloseTo(1.25, 1);
      expect(apple.intraday_hrv).toBeUndefined();
      expect(apple.heart_rate_variability?.day_hrv).toBeTypeOf('number');
      expect(fitbit.heart_rate_variability?.day_hrv).toBeNull();
    }
  });

  it('Fitbit windows carry coverage and powers, Garmin and Oura RMSSD alone in whole ms', () => {
    const fitbit = req(heart('fitbit').intraday_hrv);
    expect(fitbit.length).toBeGreaterThan(50);
    for (const w of fitbit)
      expect(Object.keys(req(w.value)).sort()).toEqual(['coverage', 'hf', 'lf', 'rmssd']);
    for (const source of ['garmin', 'oura']) {
      const item = heart(source);
      const windows = req(item.intraday_hrv);
      expect(windows.length).toBeGreaterThan(50);
      for (const w of windows) {
        expect(Object.keys(req(w.value))).toEqual(['rmssd']);
        expect(Number.isInteger(w.value?.rmssd)).toBe(true);
      }
      expect(Number.isInteger(item.heart_rate_variability?.sleep_hrv)).toBe(true);
    }
  });

  it('Garmin resting heart rate is the lowest 30-minute average of the samples; Fitbit the night’s', () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const item = heart('garmin', seed);
      const minutes = sampleMinutes(item);
      const values = req(item.heart_rate_samples).map((s) => req(s.value));
      let best = Number.POSITIVE_INFINITY;
      const last = minutes.at(-1) as number;
      for (let i = 0; i < minutes.length && (minutes[i] as number) + 29 <= last; i++) {
        const inSpan = values.filter((_, j) => minutes[j]! >= minutes[i]! && minutes[j]! < minutes[i]! + 30);
        best = Math.min(best, sum(inSpan) / inSpan.length);
      }
      expect(item.resting_hr).toBe(Math.round(best));
      const day = healthUser({ seed, persona: PERSONA }).day(req(item.date));
      const fitbit = heart('fitbit', seed);
      expect(fitbit.resting_hr).toBe(
        Math.min(req(fitbit.avg_hr), Math.max(req(fitbit.min_hr), day.sleep.restingHr)),
      );
    }
  });
});

describe('provider fidelity: cadence and gaps', () => {
  it('Apple samples the resting heart rate every ~5 minutes and every minute in a workout', () => {
    let gaps = 0;
    let count = 0;
    for (const seed of SEEDS) {
      const user = healthUser({ seed, persona: 'endurance-athlete' });
      const item = only(v2('heart', { seed, persona: 'endurance-athlete', source: 'apple' }).data);
      const day = user.day(req(item.date));
      const minutes = sampleMinutes(item);
      const charge = chargingWindow(day, fidelityOf('apple'));
      for (let i = 1; i < minutes.length; i++) {
        const a = minutes[i - 1] as number;
        const b = minutes[i] as number;
        if (day.minutes[a] !== FREE || day.minutes[b] !== FREE) continue;
        if (charge !== undefined && b >= charge[0] && a < charge[1]) continue;
        expect(b - a).toBeLessThanOrEqual(9);
        gaps += b - a;
        count++;
      }
      for (const w of day.workouts) {
        for (let m = w.startSec / 60; m < w.endSec / 60 && m < minutes.at(-1)!; m++)
          expect(minutes).toContain(m);
      }
    }
    expect(gaps / count).toBeGreaterThan(4);
    expect(gaps / count).toBeLessThan(6);
  });

  it('Oura samples the night every 5 minutes, Garmin every minute', () => {
    const seed = 5;
    const user = healthUser({ seed, persona: PERSONA });
    for (const [source, slot] of [
      ['oura', 5],
      ['garmin', 1],
    ] as const) {
      const item = only(v2('heart', { seed, persona: PERSONA, source }).data);
      const day = user.day(req(item.date));
      const night = sampleMinutes(item).filter((m) => m < Math.floor(day.sleep.endSec / 60) - 1);
      const span = (night.at(-1) as number) - (night[0] as number);
      expect(night.length).toBeGreaterThan(span / slot - 2);
      expect(night.length).toBeLessThan(span / slot + 2);
    }
  });

  it('Apple charges every day for 1-2 hours after getting up, Garmin every 1-2 weeks, WHOOP never', () => {
    const user = healthUser({ seed: 21, persona: PERSONA });
    const charges = { apple: 0, garmin: 0, whoop: 0 };
    const DAYS = 240;
    for (let d = 0; d < DAYS; d++) {
      const day = user.day(20_400 + d);
      for (const source of ['apple', 'garmin', 'whoop'] as const) {
        const window = chargingWindow(day, fidelityOf(source));
        if (window === undefined) continue;
        charges[source]++;
        const [from, to] = window;
        expect(from).toBeGreaterThanOrEqual(Math.ceil(day.sleep.endSec / 60) + 20);
        expect(to - from).toBeLessThanOrEqual(120);
        const mask = heartSampleMask(day, fidelityOf(source));
        for (let m = from; m < to; m++) if (day.minutes[m] === FREE) expect(mask[m]).toBe(0);
      }
    }
    expect(charges.apple).toBe(DAYS);
    expect(DAYS / charges.garmin).toBeGreaterThan(7);
    expect(DAYS / charges.garmin).toBeLessThan(18);
    expect(charges.whoop).toBe(0);
  });

  it('Garmin stress reads -1 while the watch charges, and its heart rate has no sample there', () => {
    let seen = 0;
    for (const seed of SEEDS) {
      const user = healthUser({ seed, persona: 'endurance-athlete' });
      for (const event of v2Series('stress', 20, { seed, persona: 'endurance-athlete' })) {
        const item = only(event.data);
        const day = user.day(req(item.date));
        const window = chargingWindow(day, fidelityOf('garmin'));
        if (window === undefined) continue;
        const midnight = localSec(`${item.date}T00:00:00`);
        for (const s of req(item.stress_samples)) {
          const m = (localSec(s.time) - midnight) / 60;
          if (m >= window[0] && m < window[1] && day.minutes[m] === FREE) {
            expect(s.value).toBe(-1);
            seen++;
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('an ECG writes a heart sample of its minute, and the profiles with spot checks are those with ECG', () => {
    for (const slug of providerSlugs)
      expect(fidelityOf(slug).spotChecks).toBe(providerInfo(slug).ecg !== undefined);
    const user = healthUser({ seed: 3, persona: 'type1-diabetes' });
    for (let d = 0; d < 30; d++) {
      const day = user.day(20_460 + d);
      expect(heartSampleMask(day, fidelityOf('apple'))[day.ecg.minute]).toBe(1);
    }
  });

  it('the same seed gives byte-identical sparse payloads', () => {
    for (const source of ['apple', 'oura', 'garmin']) {
      const a = JSON.stringify(v2('heart', { seed: 8, persona: PERSONA, source }));
      expect(JSON.stringify(v2('heart', { seed: 8, persona: PERSONA, source }))).toBe(a);
    }
  });
});

describe('provider fidelity: rounding and v3 metrics', () => {
  it('Apple and Garmin write whole breaths per minute, Oura one decimal; the sleep rate is their mean', () => {
    for (const source of ['apple', 'garmin', 'oura'] as const) {
      const decimals = fidelityOf(source).breathingDecimals;
      const breathing = only(v2('breathing', { seed: 4, persona: PERSONA, source }).data);
      const values = req(breathing.intraday_data).map((s) => req(s.value));
      expect(values.every((v) => Number.isInteger(v))).toBe(decimals === 0);
      expect(breathing.avg_value).toBe(Math.round((sum(values) / values.length) * 10) / 10);
      const sleep = only(v2('sleep', { seed: 4, persona: PERSONA, source }).data);
      expect(sleep.respiratory_rate).toBe(breathing.avg_value);
    }
  });

  it('record_change names each provider’s own HRV measure, and none for a provider without HRV', () => {
    const user = healthUser({ seed: 2, persona: PERSONA });
    const day = user.day(20_460);
    const from = day.toMs(day.sleep.endSec) - 3_600_000;
    const to = day.toMs(day.sleep.endSec) + 60_000;
    for (const slug of providersRecording('sleep')) {
      const metrics = req(syncedRecords(user, slug, from, to)).metrics;
      const own = hrvMetricOf(slug);
      const hrv = metrics.filter((m) => m === 'hrv_rmssd' || m === 'hrv_sdnn');
      const hasHeart = providersRecording('heart').includes(slug);
      expect(hrv).toEqual(own !== undefined && hasHeart ? [own] : []);
      expect(providerMetricsOf(slug, 'heart').filter((m) => m.startsWith('hrv_'))).toEqual(
        own === undefined ? [] : [own],
      );
    }
    expect(hrvMetricOf('apple')).toBe('hrv_sdnn');
    expect(hrvMetricOf('oura')).toBe('hrv_rmssd');
    expect(hrvMetricOf('withings')).toBeUndefined();
  });

  it('only providers that record heart rate have a cadence that matters, and each one charges or not by its table', () => {
    for (const slug of providerSlugs) {
      const p = fidelityOf(slug);
      for (const minutes of Object.values(p.cadence)) expect(minutes).toBeGreaterThanOrEqual(1);
      if (p.charging !== undefined) {
        expect(providersRecording('heart')).toContain(slug);
        expect(p.charging.minutes[0]).toBeLessThanOrEqual(p.charging.minutes[1]);
      }
      if (p.hrv !== undefined) expect(providersRecording('heart')).toContain(slug);
    }
  });
});

describe('Garmin stress range', () => {
  it('runs high after a workout, reaches medium most days, stays at rest in bed and within 0..100', () => {
    const tops: number[] = [];
    let after = 0;
    let afterCount = 0;
    let awake = 0;
    let awakeCount = 0;
    for (const seed of SEEDS) {
      const user = healthUser({ seed, persona: 'endurance-athlete' });
      for (let d = 0; d < 20; d++) {
        const day = user.day(20_440 + d);
        const stress = day.stress;
        let top = -1;
        expect(stress.length).toBe(day.lengthMin);
        for (let m = 0; m < day.lengthMin; m++) {
          const v = stress[m] as number;
          expect(v).toBeLessThanOrEqual(100);
          if (v < 0) continue;
          top = Math.max(top, v);
          if (day.minutes[m] !== FREE) {
            expect(v).toBeLessThanOrEqual(26);
            continue;
          }
          const recovering = day.workouts.some((w) => m >= w.endSec / 60 && m < w.endSec / 60 + 10);
          if (recovering) {
            after += v;
            afterCount++;
          } else {
            awake += v;
            awakeCount++;
          }
        }
        tops.push(top);
      }
    }
    expect(afterCount).toBeGreaterThan(50);
    expect(after / afterCount).toBeGreaterThan(awake / awakeCount + 20);
    tops.sort((a, b) => a - b);
    expect(tops[tops.length >> 1]).toBeGreaterThan(50);
  });
});

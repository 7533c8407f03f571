import { describe, expectTypeOf, it } from 'vitest';
import type {
  FormsSubmission,
  FormsTimestampedSubmission,
  HealthV2Event,
  HealthV2EventOf,
  HealthV2SleepItem,
  HealthV2SleepLevel,
  HealthV3Event,
  HealthV3RecordChangeEvent,
  OpenVocabulary,
} from '../../src/schemas/index.ts';

// The payload types are inferred from the zod schemas (src/schemas/known-fields.ts): these checks, run by the type
// checker, pin that they stay as precise as the hand-written types they replaced.
describe('declared payload types', () => {
  it('list the documented fields only (no index signature from z.looseObject)', () => {
    expectTypeOf<string>().not.toExtend<keyof HealthV2SleepItem>();
    expectTypeOf<string>().not.toExtend<keyof HealthV2EventOf<'sleep'>>();
    expectTypeOf<string>().not.toExtend<keyof FormsSubmission>();
    expectTypeOf<HealthV2SleepItem>().toHaveProperty('total_sleep');
    expectTypeOf<HealthV2SleepItem['total_sleep']>().toEqualTypeOf<number | undefined>();
  });

  it('keep open vocabularies typed with their known values', () => {
    expectTypeOf<HealthV2SleepLevel['level']>().toEqualTypeOf<
      OpenVocabulary<'light' | 'deep' | 'rem' | 'awake'> | undefined
    >();
    expectTypeOf<HealthV3RecordChangeEvent['metrics'][number]>().toExtend<string>();
    expectTypeOf<'sleep_duration_deep'>().toExtend<HealthV3RecordChangeEvent['metrics'][number]>();
  });

  it('are discriminated unions by kind', () => {
    expectTypeOf<Extract<HealthV2Event, { data_type: 'ecg' }>>().toEqualTypeOf<HealthV2EventOf<'ecg'>>();
    expectTypeOf<Extract<HealthV2Event, { data_type: 'ecg' }>['data'][number]>().toHaveProperty('samples');
    expectTypeOf<
      Extract<HealthV3Event, { event_type: 'record_change' }>
    >().toEqualTypeOf<HealthV3RecordChangeEvent>();
  });

  it('narrow a form body to the fields of one form', () => {
    expectTypeOf<FormsSubmission<{ name: string }>['data']>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<FormsTimestampedSubmission<{ name: string }>['submission']['data']>().toEqualTypeOf<{
      name: string;
    }>();
  });
});

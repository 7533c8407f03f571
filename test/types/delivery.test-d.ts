// Type tests of the public API a receiver's tests use most: profiles, buildDelivery, verifyDelivery and the error
// class. Checked by `npm run typecheck` (tsconfig.json includes test/, `spike-webhook-kit` resolves to src/ through
// its `paths`); vitest never runs them. test/integration/package.test.ts checks the BUILT declarations.
import {
  buildDelivery,
  type Delivery,
  defineProfile,
  type ErrorCode,
  isSpikeKitError,
  type Profile,
  type ProfileId,
  profiles,
  SpikeKitError,
  type VerifyFailureReason,
  verifyDelivery,
} from 'spike-webhook-kit';
import { assertType, expectTypeOf } from 'vitest';

const strict = defineProfile({ id: 'x', extends: 'spike-forms', retry: 'delays-from-first-attempt' });
expectTypeOf(strict).toExtend<Profile>();

const delivery = buildDelivery(strict, { event: 'submission.created' }, { secret: 's' });
expectTypeOf(delivery).toEqualTypeOf<Delivery>();

// A built-in profile works by id or as the object from the table.
expectTypeOf(profiles['spike-forms']).toExtend<Profile>();
assertType<Parameters<typeof buildDelivery>[0]>('spike-health-v3');

// Only the four dialects Spike has are ids.
expectTypeOf<ProfileId>().toEqualTypeOf<
  'spike-health-v2' | 'spike-health-v3' | 'spike-forms' | 'spike-forms-timestamped'
>();
// @ts-expect-error an unknown profile id is a type error
buildDelivery('spike-sms', {}, {});

// A result is a discriminated union: `reason` exists only on a failure, `secretIndex` only on a success.
const result = verifyDelivery(profiles['spike-forms'], delivery, { secret: ['a', 'b'] });
if (result.ok) {
  expectTypeOf(result.secretIndex).toEqualTypeOf<number>();
  // @ts-expect-error no reason on a success
  void result.reason;
} else {
  expectTypeOf(result.reason).toEqualTypeOf<VerifyFailureReason>();
  expectTypeOf<'mismatch'>().toExtend<VerifyFailureReason>();
  expectTypeOf(result.message).toEqualTypeOf<string>();
}
// @ts-expect-error verifying needs a secret
verifyDelivery('spike-forms', delivery, {});

// Errors carry a code from a closed list; isSpikeKitError narrows an unknown catch value.
const error: unknown = new SpikeKitError('SECRET_REQUIRED', 'no secret');
if (isSpikeKitError(error, 'SECRET_REQUIRED')) {
  expectTypeOf(error).toEqualTypeOf<SpikeKitError>();
  expectTypeOf(error.code).toEqualTypeOf<ErrorCode>();
}
expectTypeOf<SpikeKitError>().toExtend<Error>();
// @ts-expect-error codes are stable: an unknown one is a type error
void new SpikeKitError('NOT_A_CODE', 'x');

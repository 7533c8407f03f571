// Type tests of `generate`: the profile and `kind` pick the payload type, `count` turns it into an array, and
// unknown kinds or family options are type errors. Checked by `npm run typecheck`; vitest never runs them.
import { type EventOf, generate, type KindOf } from 'spike-webhook-kit';
import { expectTypeOf } from 'vitest';

const feedback = generate('spike-forms', { kind: 'feedback', seed: 1 });
expectTypeOf(feedback).toEqualTypeOf<EventOf<'spike-forms', 'feedback'>>();
// A number when the page posts JSON, a string from an HTML form post.
expectTypeOf(feedback.data.rating).toEqualTypeOf<1 | 2 | 3 | 4 | 5 | '1' | '2' | '3' | '4' | '5'>();

const sleep = generate('spike-health-v2', { kind: 'sleep' });
expectTypeOf(sleep.data[0]?.total_sleep).toEqualTypeOf<number | undefined>();

const week = generate('spike-health-v2', { kind: 'sleep', count: 7 });
expectTypeOf(week).toEqualTypeOf<EventOf<'spike-health-v2', 'sleep'>[]>();

// v3 posts an array of events: that is what one `generate` returns.
expectTypeOf(generate('spike-health-v3', { kind: 'record_change' })).toBeArray();

expectTypeOf<'feedback'>().toExtend<KindOf<'spike-forms'>>();
expectTypeOf<'sleep'>().toExtend<KindOf<'spike-health-v2'>>();

// @ts-expect-error a kind of another dialect is a type error
generate('spike-forms', { kind: 'sleep' });
// @ts-expect-error options are the family's: personas are health options
generate('spike-forms', { persona: 'endurance-athlete' });
generate('spike-health-v2', { kind: 'sleep', persona: 'endurance-athlete' });

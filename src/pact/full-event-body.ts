import type { ProfileRef } from '../profiles/index.ts';
import { type EventBody, type EventBodyOptions, eventBodyRequiring } from './event-body.ts';
import { sampledPaths } from './sampled-paths.ts';

/**
 * The body of one event kind with every field its first generator sample carries, each typed by the family's
 * schema (an optional field becomes a required, typed one): what a replayed HTTP request sends, so that a
 * receiver is exercised with realistic items (`data: [{ date, total_sleep, levels: [...] ... }]`), not the bare
 * minimum Spike must send (`data: [{}]`, since every v2 item field is optional).
 *
 * @example
 * ```ts
 * fullEventBody('spike-health-v2', 'sleep').example; // { ..., data: [{ date: '2026-01-15', efficiency: 0.92, ... }] }
 * ```
 */
export function fullEventBody(profile: ProfileRef, kind: string, options: EventBodyOptions = {}): EventBody {
  return eventBodyRequiring(profile, kind, options, sampledPaths);
}

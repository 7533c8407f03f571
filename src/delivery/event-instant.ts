/** The platform's `Date`, captured before a test can install fake timers. */
const RealDate = Date;

/**
 * The event with the field at a dotted `path` moved to another instant, written as the field was: an ISO string
 * stays one, epoch seconds stay seconds and epoch ms stay ms. The event itself is not changed; an event without the
 * field (or with a value of another type) is returned as it is. What keeps a timestamped body's own `timestamp` equal
 * to the signed timestamp header when a delivery is signed again at another time.
 *
 * @example
 * ```ts
 * withEventInstant({ timestamp: '2026-01-01T00:00:00.000Z' }, 'timestamp', Date.parse('2026-03-01T12:00:00Z'));
 * // { timestamp: '2026-03-01T12:00:00.000Z' }
 * ```
 */
export function withEventInstant(event: unknown, path: string, atMs: number): unknown {
  const [head, ...rest] = path.split('.');
  if (head === undefined || event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  const record = event as Record<string, unknown>;
  if (!Object.hasOwn(record, head)) return event;
  const value = record[head];
  let next: unknown;
  if (rest.length > 0) next = withEventInstant(value, rest.join('.'), atMs);
  else if (typeof value === 'string') next = new RealDate(atMs).toISOString();
  else if (typeof value === 'number') next = value < 1e11 ? Math.floor(atMs / 1000) : atMs;
  else return event;
  return { ...record, [head]: next };
}

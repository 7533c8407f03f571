import { formatMs } from '../core/index.ts';
import { compileMessageTemplate, type Profile } from '../profiles/index.ts';

/**
 * What a profile signs, in words: `'the raw body bytes'`, `'the event_id string'`, `'"{timestamp}.{body}" ...'`.
 *
 * @example
 * ```ts
 * signedWords(getProfile('spike-health-v2')); // 'the event_id string'
 * ```
 */
export function signedWords(profile: Profile): string {
  const parts = compileMessageTemplate(profile.signature.signs);
  if (parts.length === 1 && parts[0]?.type === 'body') return 'the raw body bytes';
  if (parts.length === 1 && parts[0]?.type === 'field') return `the ${parts[0].path.join('.')} string`;
  return `"${profile.signature.signs}" (${profile.signature.timestampHeader ?? 'the timestamp'}, then the raw body bytes)`;
}

/**
 * The statuses a profile counts as delivered, in words: `'any 2xx'`, `'exactly 200'`.
 *
 * @example
 * ```ts
 * successWords(getProfile('spike-health-v3')); // 'exactly 200'
 * ```
 */
export function successWords(profile: Profile): string {
  return profile.success
    .map((range) =>
      range.from === range.to
        ? `exactly ${range.from}`
        : range.from === 200 && range.to === 299
          ? 'any 2xx'
          : `${range.from}-${range.to}`,
    )
    .join(' or ');
}

/** True when the signature covers the body bytes (v3, forms), false when it covers fields only (v2). */
export function signsBody(profile: Profile): boolean {
  return compileMessageTemplate(profile.signature.signs).some((part) => part.type === 'body');
}

/** The dot paths of the body fields the signature covers (v2: `['event_id']`). */
export function signedFields(profile: Profile): readonly (readonly string[])[] {
  return compileMessageTemplate(profile.signature.signs).flatMap((part) =>
    part.type === 'field' ? [part.path] : [],
  );
}

/** A duration for a reason: `'30 s'`, `'12 ms'`. */
export function durationWords(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : formatMs(Math.round(ms));
}

/**
 * The realistic forms the generators fill in, in a stable order (the kinds of the `forms` and
 * `forms-timestamped` payload families).
 *
 * @example
 * ```ts
 * for (const kind of formKinds) console.log(generate('spike-forms', { kind }).formName);
 * ```
 */
export const formKinds = [
  'contact',
  'newsletter',
  'feedback',
  'job-application',
  'demo-request',
  'event-registration',
  'support-ticket',
] as const;

/**
 * A form kind of {@link formKinds}.
 *
 * @example
 * ```ts
 * const kind: FormKind = 'support-ticket';
 * ```
 */
export type FormKind = (typeof formKinds)[number];

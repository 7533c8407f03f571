import type { LocaleId } from '../core/faker.ts';

/**
 * How checkbox groups and multi-selects arrive: as arrays, or joined into one `", "`-separated string.
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'newsletter', multiValue: 'comma-joined' }).data.topics; // 'events, design'
 * ```
 */
export type MultiValueStyle = 'array' | 'comma-joined';

/**
 * How the page posted the form: `'json'` (fetch with a JSON body: numbers, booleans, omitted blanks) or `'form'`
 * (an HTML form post: every value a string, blank text inputs as `''`, ticked checkboxes as `'on'`).
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'feedback', encoding: 'form' }).data.rating; // '4'
 * ```
 */
export type FormEncoding = 'json' | 'form';

/**
 * Fixes part of a form's identity; the rest is generated.
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'contact', form: { id: 'clx123abc', slug: 'contact' } });
 * ```
 */
interface FormIdentityOption {
  /** `formId` (`form.id` in the timestamped dialect). */
  readonly id?: string;
  /** `formName`. */
  readonly name?: string;
  /** `formSlug`. */
  readonly slug?: string;
}

/**
 * The options of the Spike Forms generators (besides the common `generate` options). Unset options are drawn from
 * the seed, per form (`multiValue`, `encoding`, the form's site locale) or per submitter (`ipVersion`).
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'newsletter', locale: 'de', multiValue: 'array', ipVersion: 6, count: 10 });
 * ```
 */
export interface FormsOptions {
  /** Locale of every submitter (and of the form's site). Default: the site's locale is drawn per form, and most submitters share it. */
  readonly locale?: LocaleId;
  /** How checkbox groups and multi-selects arrive. Default: drawn per form. */
  readonly multiValue?: MultiValueStyle;
  /** IP version of `metadata.ip`. Default: drawn per submission (about 30 % IPv6). */
  readonly ipVersion?: 4 | 6;
  /** How the page posted the form. Default: drawn per form. */
  readonly encoding?: FormEncoding;
  /** Fix the form's id, name or slug. */
  readonly form?: FormIdentityOption;
}

/**
 * The options of the timestamped dialect: those of {@link FormsOptions} except `ipVersion` (its body carries no IP).
 *
 * @example
 * ```ts
 * generate('spike-forms-timestamped', { kind: 'contact', locale: 'ja', form: { slug: 'contact' } });
 * ```
 */
export type FormsTimestampedOptions = Omit<FormsOptions, 'ipVersion'>;

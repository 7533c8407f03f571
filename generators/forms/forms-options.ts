import type { LocaleId } from '../core/faker.ts';
import type { IpScheme } from './ip-address.ts';

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
 * generate('spike-forms', { kind: 'contact', ipScheme: 'public' }); // IPs as before: public space, any country
 * generate('spike-forms', { kind: 'contact', count: 100, spamShare: 0.2 }); // about 20 of them spam
 * ```
 */
export interface FormsOptions {
  /** Locale of every submitter (and of the form's site). Default: the site's locale is drawn per form, and most submitters share it. */
  readonly locale?: LocaleId;
  /** How checkbox groups and multi-selects arrive. Default: drawn per form. */
  readonly multiValue?: MultiValueStyle;
  /** IP version of `metadata.ip`. Default: drawn per submission (about 30 % IPv6). */
  readonly ipVersion?: 4 | 6;
  /**
   * Where `metadata.ip` comes from. `'documentation'` (default): the documentation ranges (RFC 5737 IPv4, RFC 3849
   * IPv6) split per country, so the address tells the submitter's country (`2001:db8:276:...` is Germany, ISO
   * 3166-1 numeric 276; IPv4 `<doc /24>.<16n+1..16n+14>` for the country's slot n). `'public'`: what the kit drew before,
   * IPv4 anywhere in public unicast space (any country) and IPv6 in blocks of the country's regional registry.
   */
  readonly ipScheme?: IpScheme;
  /** How the page posted the form. Default: drawn per form. */
  readonly encoding?: FormEncoding;
  /** Fix the form's id, name or slug. */
  readonly form?: FormIdentityOption;
  /**
   * The share (0 to 1) of submissions that are spam-like: nonsense names (`Robertcax`, keyboard mash), an address at
   * a disposable-mail domain (`mailinator.com`), a spammy company and subject, and messages stuffed with links (to
   * reserved `.example` names; plain, BBCode or HTML) or written in a foreign script (Cyrillic, Chinese). Choices,
   * checkboxes and files keep valid values, as bots post them. With the `unknown-fields` variant their
   * `spam.score` is high (0.78-0.98) and `spam.honeypot` mostly `true` (the honeypot field itself, `_gotcha`, is
   * never stored, so it is not in `data`). Each submission is decided from its own stream: the others are the same
   * whatever the share, and a higher share only turns more of them. Default: `0` (none).
   */
  readonly spamShare?: number;
}

/**
 * The options of the timestamped dialect: those of {@link FormsOptions} except `ipVersion` and `ipScheme` (its body
 * carries no IP).
 *
 * @example
 * ```ts
 * generate('spike-forms-timestamped', { kind: 'contact', locale: 'ja', form: { slug: 'contact' } });
 * ```
 */
export type FormsTimestampedOptions = Omit<FormsOptions, 'ipVersion' | 'ipScheme'>;

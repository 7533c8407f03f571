// The value vocabularies of the generated form fields (what `data` holds per field).

/**
 * An uploaded file as Spike stores it in `data`: `"file:<filename>"`.
 *
 * @example
 * ```ts
 * const cv: FileRef = 'file:CV_Jane_Doe.pdf';
 * ```
 */
export type FileRef = `file:${string}`;

/**
 * A checkbox group or multi-select value: an array, or the values joined with `", "` (how Spike stores them is
 * unconfirmed; see the `multiValue` option).
 *
 * @example
 * ```ts
 * const topics: MultiValue<NewsletterTopic> = ['events', 'engineering']; // or 'events, engineering'
 * ```
 */
export type MultiValue<T extends string> = T[] | string;

/**
 * A ticked checkbox: `true` when the page posts JSON, `'on'` from an HTML form post. An unticked optional checkbox
 * is `false` (JSON) or absent (HTML form).
 *
 * @example
 * ```ts
 * const consent: Checked = 'on';
 * ```
 */
export type Checked = true | 'on';

/**
 * A 1 to 5 star rating.
 *
 * @example
 * ```ts
 * const stars: Rating = 4;
 * ```
 */
export type Rating = 1 | 2 | 3 | 4 | 5;

/**
 * Newsletter topics a subscriber can tick.
 *
 * @example
 * ```ts
 * const topic: NewsletterTopic = 'product-updates';
 * ```
 */
export type NewsletterTopic =
  | 'product-updates'
  | 'engineering'
  | 'design'
  | 'case-studies'
  | 'events'
  | 'tips'
  | 'company-news'
  | 'offers';

/**
 * What a piece of feedback is about; agrees with the comment.
 *
 * @example
 * ```ts
 * const category: FeedbackCategory = 'pricing';
 * ```
 */
export type FeedbackCategory = 'product' | 'support' | 'pricing' | 'onboarding';

/**
 * Company head-count bands of a demo request.
 *
 * @example
 * ```ts
 * const size: CompanySize = '51-200';
 * ```
 */
export type CompanySize = '1-10' | '11-50' | '51-200' | '201-500' | '501-1000' | '1001-5000' | '5000+';

/**
 * Ticket types of an event registration.
 *
 * @example
 * ```ts
 * const ticket: TicketType = 'student';
 * ```
 */
export type TicketType = 'standard' | 'vip' | 'student' | 'online';

/**
 * Sessions of an event's agenda.
 *
 * @example
 * ```ts
 * const session: SessionCode = 'keynote';
 * ```
 */
export type SessionCode =
  | 'keynote'
  | 'opening-panel'
  | 'workshop-api-design'
  | 'workshop-observability'
  | 'customer-stories'
  | 'roadmap-qa'
  | 'lightning-talks'
  | 'networking-dinner';

/**
 * Dietary needs of an in-person attendee.
 *
 * @example
 * ```ts
 * const needs: DietaryNeed[] = ['vegan', 'nut-allergy'];
 * ```
 */
export type DietaryNeed =
  | 'vegetarian'
  | 'vegan'
  | 'gluten-free'
  | 'lactose-free'
  | 'halal'
  | 'kosher'
  | 'nut-allergy';

/**
 * Product areas a support ticket is about; the subject and description describe a problem there.
 *
 * @example
 * ```ts
 * const area: SupportArea = 'billing';
 * ```
 */
export type SupportArea = 'login' | 'billing' | 'api' | 'dashboard' | 'notifications' | 'data-export';

/**
 * Support ticket priorities; the description's urgency agrees.
 *
 * @example
 * ```ts
 * const priority: Priority = 'urgent';
 * ```
 */
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/**
 * Where a job applicant heard of the job.
 *
 * @example
 * ```ts
 * const source: JobSource = 'referral';
 * ```
 */
export type JobSource = 'linkedin' | 'indeed' | 'referral' | 'company-website' | 'job-fair' | 'other';

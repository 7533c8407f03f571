import type { FormKind } from '../../src/schemas/forms/index.ts';
import { isoUtc } from '../core/iso-time.ts';
import type { GenerationContext, PayloadGenerator } from '../core/payload-generator.ts';
import { buildSubmission, type RequestFacts, type SubmissionModel } from './build-submission.ts';
import { checkFormsOptions } from './check-forms-options.ts';
import type { FormsEvents, FormsTimestampedEvents } from './form-data.ts';
import type { FormsOptions, FormsTimestampedOptions } from './forms-options.ts';

/** The `spike-forms` body of a submission: `{event, formId, formName, formSlug, submissionId, data, metadata}`. */
function formsBody(model: SubmissionModel): FormsEvents[FormKind] {
  const { extras } = model;
  const { ip, userAgent, referrer, country } = model.request as RequestFacts;
  const timestamp = isoUtc(model.createdMs);
  const metadata: Record<string, unknown> =
    referrer === undefined
      ? { ip, userAgent, country, timestamp }
      : { ip, userAgent, referrer, country, timestamp };
  const body: Record<string, unknown> = {
    event: model.event,
    formId: model.form.id,
    formName: model.form.name,
    formSlug: model.form.slug,
    submissionId: model.id,
    data: model.data,
    metadata,
  };
  if (extras !== undefined) {
    Object.assign(metadata, { city: extras.city, asn: extras.asn, language: extras.language });
    Object.assign(body, {
      workspaceId: extras.workspaceId,
      formVersion: extras.formVersion,
      spam: { score: extras.spamScore, honeypot: extras.honeypot },
    });
  }
  return body as FormsEvents[FormKind];
}

/** The `spike-forms-timestamped` body of the same submission: `{event, timestamp, form, submission}`. */
function timestampedBody(model: SubmissionModel): FormsTimestampedEvents[FormKind] {
  const { extras } = model;
  const form: Record<string, unknown> = { id: model.form.id, name: model.form.name, slug: model.form.slug };
  const submission: Record<string, unknown> = {
    id: model.id,
    data: model.data,
    createdAt: isoUtc(model.createdMs),
  };
  const body: Record<string, unknown> = {
    event: model.event,
    timestamp: isoUtc(model.deliveredMs),
    form,
    submission,
  };
  if (extras !== undefined) {
    Object.assign(body, { webhookId: extras.webhookId, attempt: 1 });
    Object.assign(form, { workspaceId: extras.workspaceId, version: extras.formVersion });
    Object.assign(submission, { spamScore: extras.spamScore, language: extras.language });
  }
  return body as FormsTimestampedEvents[FormKind];
}

/** Typical JSON size of one submission, bytes (the largest of a few seeds per kind, rounded up): `large` ones hold 20,000+ character texts. */
const typicalBytes = (_kind: FormKind, _options: object, awkward: ReadonlySet<string>): number =>
  awkward.has('large') ? 52_000 : 1_000;

/**
 * Generates realistic `spike-forms` submissions, used through `generate('spike-forms', ...)`: seven form kinds
 * ({@link formKinds}), submitters from 16 locales whose name, email, company, phone, country, browser and text agree,
 * request metadata, and `count` series of submissions to one form with increasing times ending at `refDate`.
 * Options: {@link FormsOptions}. Awkward variants:
 * - `unknown-fields`: `workspaceId`, `formVersion`, `spam` at the root, `city`, `asn`, `language` in `metadata`;
 * - `unknown-kind`: `event` is `submission.updated`, `submission.deleted` or `submission.spam_detected`;
 * - `empty-optionals` / `null-optionals` / `minimal`: every optional data field and `metadata.referrer` is `''`
 *   (`[]` for array multi-values) / `null` / left out (when combined, `minimal` wins over `null-optionals` over
 *   `empty-optionals`);
 * - `large`: long texts (20,000+ characters, also in an extra `comments` field), 150 `answer_NNN` fields and a
 *   400-value `tags` multi-value.
 *
 * @example
 * ```ts
 * import { generate } from 'spike-webhook-kit';
 * const ticket = generate('spike-forms', { kind: 'support-ticket', locale: 'de', seed: 7 });
 * ticket.data.priority; // e.g. 'high', with a German description that says it is blocking the team
 * const inbox = generate('spike-forms', { kind: 'contact', count: 20 }); // 20 submissions to one form
 * ```
 */
export const formsGenerator: PayloadGenerator<FormsEvents, FormsOptions> = {
  optionKeys: ['locale', 'multiValue', 'ipVersion', 'ipScheme', 'encoding', 'form', 'spamShare'],
  checkOptions: checkFormsOptions,
  typicalBytes,
  generate: <K extends FormKind>(kind: K, options: FormsOptions, context: GenerationContext) =>
    formsBody(buildSubmission(kind, options, context, true)) as FormsEvents[K],
};

/**
 * Generates the same submissions as {@link formsGenerator} (same seed, same form, submission and data) in the
 * experimental `spike-forms-timestamped` shape, used through `generate('spike-forms-timestamped', ...)`. The body
 * has no request metadata, so there are no `ipVersion` and `ipScheme` options; `timestamp` (the send time, signed in
 * `X-Spike-Timestamp`) is a little after `submission.createdAt` and at or before `refDate`. Awkward variants as for
 * `spike-forms`; `unknown-fields` adds `webhookId` and `attempt` at the root, `workspaceId` and `version` in
 * `form`, `spamScore` and `language` in `submission`.
 *
 * @example
 * ```ts
 * const body = generate('spike-forms-timestamped', { kind: 'newsletter', seed: 3 });
 * body.form.slug;
 * body.submission.data.topics; // ['events', 'design'] or 'events, design'
 * ```
 */
export const formsTimestampedGenerator: PayloadGenerator<FormsTimestampedEvents, FormsTimestampedOptions> = {
  optionKeys: ['locale', 'multiValue', 'encoding', 'form', 'spamShare'],
  checkOptions: checkFormsOptions,
  typicalBytes,
  generate: <K extends FormKind>(kind: K, options: FormsTimestampedOptions, context: GenerationContext) =>
    timestampedBody(buildSubmission(kind, options, context, false)) as FormsTimestampedEvents[K],
};

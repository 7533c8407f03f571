/**
 * The payload vocabulary a profile speaks. Generators, schemas and contracts are keyed by family, so a custom
 * profile made with {@link defineProfile} reuses them by naming a family.
 */
export type PayloadFamilyId = 'health-v2' | 'health-v3' | 'forms' | 'forms-timestamped';

/**
 * Where a fact comes from: stated in a seed document, in Spike's public docs, a default the kit chose where the
 * docs are silent (`decision`, overridable), or nobody knows (`unconfirmed`: contracts never pin it).
 */
export type Provenance = 'seed' | 'docs' | 'decision' | 'unconfirmed';

/** The facts of a profile whose provenance is recorded. */
export type ProfileFact = 'body' | 'signature' | 'success' | 'timeout' | 'retry' | 'dedup';

/**
 * How a delivery is signed. `signs` is a template over the exact bytes: `{body}` is the raw body as sent,
 * `{timestamp}` the value of `timestampHeader`, `{field:event_id}` a field of the JSON body (dot path).
 *
 * @example
 * ```ts
 * const forms: SignatureSpec = {
 *   header: 'X-Spike-Signature', prefix: 'sha256=', acceptedPrefixes: ['sha256='],
 *   algorithm: 'sha256', encoding: 'hex', signs: '{body}', required: 'when-secret-set', key: 'webhook secret',
 * };
 * ```
 */
export interface SignatureSpec {
  /** The header carrying the signature, in its documented spelling (HTTP header names are case-insensitive). */
  readonly header: string;
  /** What precedes the hex digest in the header value, e.g. `'sha256='`, or `''`. */
  readonly prefix: string;
  /** Prefixes a verifier accepts. Always contains `prefix`. */
  readonly acceptedPrefixes: readonly string[];
  /** HMAC hash algorithm. */
  readonly algorithm: 'sha256';
  /** Digest encoding; Spike uses lower-case hex. */
  readonly encoding: 'hex';
  /** Template of the signed message: `'{body}'`, `'{field:event_id}'`, `'{timestamp}.{body}'` ... */
  readonly signs: string;
  /** The header carrying the timestamp used by `{timestamp}`, if the template uses one. */
  readonly timestampHeader?: string;
  /** The body field (dot path) whose instant the timestamp header carries by default, e.g. `'timestamp'`. */
  readonly timestampField?: string;
  /** `'always'`: every delivery is signed (a secret is required). `'when-secret-set'`: unsigned without a secret. */
  readonly required: 'always' | 'when-secret-set';
  /** What Spike calls the key, for messages and docs. */
  readonly key: string;
}

/**
 * Spike's retry behaviour after a failed attempt. `delaysMs[i]` is the wait before retry `i + 1`, so a schedule
 * allows `delaysMs.length + 1` attempts.
 *
 * @example
 * ```ts
 * // spike-forms: immediately, then 1 min, 5 min, 30 min, each counted from the previous failure.
 * const forms: RetrySchedule = { delaysMs: [60_000, 300_000, 1_800_000], anchor: 'previous-failure', afterLastFailure: 'exhausted' };
 * ```
 */
export interface RetrySchedule {
  /** Wait before each retry, in milliseconds. */
  readonly delaysMs: readonly number[];
  /**
   * `'previous-failure'`: each delay counts from the moment the previous attempt failed (its response, error or
   * timeout). `'first-attempt'`: each delay is an offset from the start of the first attempt.
   */
  readonly anchor: 'previous-failure' | 'first-attempt';
  /** The outcome of an event whose every attempt failed: Spike v3 documents that it is discarded. */
  readonly afterLastFailure: 'exhausted' | 'discarded';
}

/** An inclusive range of HTTP status codes. */
export interface StatusRange {
  readonly from: number;
  readonly to: number;
}

/**
 * How a receiver recognises a repeated delivery. Spike sends no delivery id, so each dialect has its own key.
 *
 * - `field`: a field of the body (`event_id`, `submissionId`).
 * - `body-hash`: SHA-256 of the raw body (v3 has no id at all).
 * - `tuple`: per event of an array body, the listed fields joined.
 */
export type DedupRule =
  | { readonly kind: 'field'; readonly path: readonly string[] }
  | { readonly kind: 'body-hash'; readonly algorithm: 'sha256' }
  | { readonly kind: 'tuple'; readonly fields: readonly string[] };

/**
 * One Spike dialect, every fact as data: nothing in the kit branches on a profile's name.
 *
 * @example
 * ```ts
 * import { profiles } from 'spike-webhook-kit';
 * profiles['spike-health-v3'].success;          // [{ from: 200, to: 200 }]
 * profiles['spike-forms'].signature.prefix;     // 'sha256='
 * ```
 */
export interface Profile<F extends PayloadFamilyId = PayloadFamilyId> {
  /** Unique id, e.g. `'spike-forms'`. */
  readonly id: string;
  /** Human title. */
  readonly title: string;
  /** Which Spike: the health API (spikeapi.com) or Spike Forms (spike.ac). */
  readonly product: 'spike-api' | 'spike-forms';
  /** `'experimental'` marks a dialect whose documentation conflicts or is incomplete. */
  readonly status: 'stable' | 'experimental';
  /** The payload vocabulary (generators, schemas, contracts). */
  readonly payload: F;
  /** HTTP method of a delivery. */
  readonly method: 'POST';
  /** Body shape: one JSON object, or a JSON array of events. */
  readonly body: { readonly shape: 'object' | 'array'; readonly contentType: string };
  /** How deliveries are signed. */
  readonly signature: SignatureSpec;
  /** Statuses Spike counts as delivered; anything else (3xx included) is a failure. */
  readonly success: readonly StatusRange[];
  /** An attempt slower than this fails, even if the handler later answers. */
  readonly timeoutMs: number;
  /** The default retry schedule. */
  readonly retry: RetrySchedule;
  /** Documented alternative readings of the schedule, by name; select one with `defineProfile({ extends, retry: name })`. */
  readonly retryAlternatives: Readonly<Record<string, RetrySchedule>>;
  /** The default dedup key. */
  readonly dedup: DedupRule;
  /** Alternative dedup keys, by name. */
  readonly dedupAlternatives: Readonly<Record<string, DedupRule>>;
  /** Provenance of each fact: contracts never pin an `unconfirmed` one. */
  readonly provenance: Readonly<Record<ProfileFact, Provenance>>;
  /** Public URLs of the documents the facts come from. */
  readonly sources: readonly string[];
  /** Caveats worth knowing. */
  readonly notes: readonly string[];
}

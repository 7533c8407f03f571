// Real deliveries, captured as received, checked against what the kit models Spike as sending: the signature over
// the raw bytes, the schema, and the AsyncAPI document (a field, a kind or a value the model does not know). The one
// check that can notice Spike changing: everything else compares the kit with itself.
import { readFileSync } from 'node:fs';
import { invalid } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { asyncApiDocument } from '../schemas/asyncapi-document.ts';
import { payloadFamilies } from '../schemas/payload-families.ts';
import { type HeadersInput, verifyDelivery } from '../signing/index.ts';
import { checkPactAgainstAsyncApi } from './check-asyncapi.ts';
import { replayThroughPacts } from './replay-recorded-deliveries.ts';

/**
 * One captured delivery (the capture format): the request's headers as received and its body as the exact bytes,
 * `body` as UTF-8 text or `bodyBase64`; `receivedAt` (ISO 8601) checks a timestamped signature at that instant.
 * A capture file is JSON Lines, one delivery per line, or a JSON array of them.
 */
export interface RecordedDelivery {
  readonly headers: HeadersInput;
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly receivedAt?: string;
}

/** Options of {@link verifyRecordedDeliveries}. */
export interface VerifyRecordedDeliveriesOptions {
  readonly profile: ProfileRef;
  /** The deliveries, or the path of a capture file. */
  readonly deliveries: readonly RecordedDelivery[] | string;
  /** The webhook secret (or current and previous): the signatures are checked when given. */
  readonly secret?: string | readonly string[];
  /**
   * Consumer message pacts (files, folders or URLs): each delivery is replayed through the interactions of its
   * kind with Pact's own matching, so a pact that pins what real traffic does not have is reported.
   */
  readonly pactUrls?: readonly string[];
}

/** What one delivery showed. */
export interface RecordedDeliveryResult {
  /** Position in the capture, from 0. */
  readonly index: number;
  /** The kind of the body (`data_type`, `event_type`s, form kind): the first whose schema accepts it. */
  readonly kind: string | undefined;
  /** The signature check: `undefined` without a secret. */
  readonly signature: { readonly ok: boolean; readonly message?: string } | undefined;
  /** Schema problems: a missing or invalid documented field. */
  readonly schemaProblems: readonly string[];
  /** What the model does not know: a field, a kind or a value outside the AsyncAPI document. */
  readonly unknown: readonly string[];
  /**
   * With `pactUrls`: why no interaction of the delivery's kind accepts it (`<consumer>: '<interaction>': <path>:
   * <Pact's mismatch>`, from the closest one). Empty when one does, or without `pactUrls`.
   */
  readonly pactProblems: readonly string[];
}

/** The verdict over all deliveries. */
export interface RecordedDeliveriesReport {
  /** True when every delivery is signed as the profile says (if checked), valid and fully known. */
  readonly ok: boolean;
  readonly deliveries: readonly RecordedDeliveryResult[];
  /** What was not checked, and why (a kind no pact interaction expects ...). Empty when nothing. */
  readonly notices: readonly string[];
}

function readCapture(deliveries: VerifyRecordedDeliveriesOptions['deliveries']): readonly RecordedDelivery[] {
  if (typeof deliveries !== 'string') {
    if (!Array.isArray(deliveries))
      throw invalid(
        'INVALID_OPTION',
        'deliveries',
        'an array of captured deliveries or a capture file path',
        deliveries,
      );
    return deliveries;
  }
  let text: string;
  try {
    text = readFileSync(deliveries, 'utf8');
  } catch (error) {
    throw invalid('INVALID_OPTION', 'deliveries', 'a readable capture file (JSON Lines)', deliveries, {
      cause: error,
    });
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as RecordedDelivery[];
    } catch (error) {
      throw invalid('INVALID_OPTION', 'deliveries', 'a capture file of a JSON array', deliveries, {
        cause: error,
        hint: (error as Error).message,
      });
    }
  }
  const captured: RecordedDelivery[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    try {
      captured.push(JSON.parse(line) as RecordedDelivery);
    } catch (error) {
      throw invalid(
        'INVALID_OPTION',
        `Line ${i + 1} of ${deliveries}`,
        'one delivery as JSON (the capture is JSON Lines)',
        line.length > 60 ? `${line.slice(0, 60)}…` : line,
        { cause: error, details: { line: i + 1 }, hint: (error as Error).message },
      );
    }
  }
  return captured;
}

function rawBody(delivery: RecordedDelivery, index: number): Buffer {
  if (typeof delivery.body === 'string') return Buffer.from(delivery.body, 'utf8');
  if (typeof delivery.bodyBase64 === 'string') return Buffer.from(delivery.bodyBase64, 'base64');
  throw invalid(
    'INVALID_OPTION',
    `deliveries[${index}]`,
    'a delivery with body (UTF-8) or bodyBase64',
    delivery,
  );
}

/** The first kind whose schema accepts the body, if any. */
function kindOf(
  family: (typeof payloadFamilies)[keyof typeof payloadFamilies],
  body: unknown,
): string | undefined {
  const schemas: Readonly<Record<string, { safeParse(input: unknown): { success: boolean } }>> =
    family.kindSchemas;
  return family.kinds.find((kind) => schemas[kind]?.safeParse(body).success === true);
}

/** The signature check of one delivery, at the instant it was received when the capture says. */
function signatureOf(
  profile: Profile,
  delivery: RecordedDelivery,
  body: Buffer,
  secret: string | readonly string[],
): RecordedDeliveryResult['signature'] {
  const now = delivery.receivedAt === undefined ? {} : { now: delivery.receivedAt };
  const result = verifyDelivery(profile, { headers: delivery.headers, body }, { secret, ...now });
  return result.ok ? { ok: true } : { ok: false, message: result.message };
}

/**
 * Checks captured real deliveries against the profile: the signature over the exact bytes (with `secret`), the
 * schema, and the AsyncAPI document: a field, kind or value the kit's model of Spike does not know is reported as
 * unknown, so a change on Spike's side shows up in a test instead of in production. With `pactUrls`, each
 * delivery is also replayed through the consumer pacts' interactions of its kind with Pact's own matching (its
 * verifier, the recorded body standing in for the provider's message): a pact that pins what the real traffic
 * does not have (an exact `source`) is reported in `pactProblems` with the path.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an unreadable capture (a bad JSON Lines line is named by its
 *   number), a delivery without a body or a missing pact; `OPTIONAL_DEPENDENCY_MISSING` without Pact (with `pactUrls`).
 * @example
 * ```ts
 * const report = await verifyRecordedDeliveries({ profile: 'spike-forms', deliveries: 'captures/forms.jsonl', secret });
 * report.deliveries.filter((d) => d.unknown.length > 0);
 * ```
 */
export async function verifyRecordedDeliveries(
  options: VerifyRecordedDeliveriesOptions,
): Promise<RecordedDeliveriesReport> {
  const profile = getProfile(options.profile);
  const family = payloadFamilies[profile.payload];
  const captured = readCapture(options.deliveries);
  const document = asyncApiDocument(profile);
  const results: RecordedDeliveryResult[] = [];
  const interactions: Record<string, unknown>[] = [];
  const parsed: unknown[] = [];
  const raw = captured.map(rawBody);
  captured.forEach((_delivery, index) => {
    const bytes = raw[index] as Buffer;
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      body = undefined;
    }
    parsed.push(body);
    interactions.push({
      type: 'Asynchronous/Messages',
      description: `recorded delivery ${index}`,
      contents: { content: body ?? null, contentType: 'application/json', encoded: false },
    });
  });
  const unknownByIndex = new Map<number, string[]>();
  const problems = await checkPactAgainstAsyncApi(
    { metadata: { pactSpecification: { version: '4.0' } }, interactions },
    profile,
    document,
  );
  for (const p of problems) {
    const index = Number(/recorded delivery (\d+)/.exec(p.interaction)?.[1] ?? -1);
    unknownByIndex.set(index, [...(unknownByIndex.get(index) ?? []), p.message]);
  }
  const kinds = parsed.map((body) => (body === undefined ? undefined : kindOf(family, body)));
  const replay =
    options.pactUrls === undefined
      ? { problems: new Map<number, readonly string[]>(), notices: [] }
      : await replayThroughPacts(
          profile,
          options.pactUrls,
          parsed.map((body, index) => ({ index, kind: kinds[index], body })),
        );
  captured.forEach((delivery, index) => {
    const body = parsed[index];
    const signature =
      options.secret === undefined
        ? undefined
        : signatureOf(profile, delivery, raw[index] as Buffer, options.secret);
    const schemaProblems = body === undefined ? ['the body is not JSON'] : family.check(body);
    const kind = kinds[index];
    const unknown = unknownByIndex.get(index) ?? [];
    const pactProblems = replay.problems.get(index) ?? [];
    results.push({ index, kind, signature, schemaProblems, unknown, pactProblems });
  });
  const ok = results.every(
    (r) =>
      r.schemaProblems.length === 0 &&
      r.unknown.length === 0 &&
      r.pactProblems.length === 0 &&
      (r.signature === undefined || r.signature.ok),
  );
  return { ok, deliveries: results, notices: [...replay.notices] };
}

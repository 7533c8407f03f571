import type { HttpHandler } from 'msw';
import { invalid, listChoices, SpikeKitError } from '../../core/index.ts';
import { importOptional } from '../../delivery/import-optional.ts';
import { getProfile, type ProfileRef } from '../../profiles/index.ts';
import { checkSecret, type VerifyOptions, type VerifyResult, verifyDelivery } from '../../signing/index.ts';
import { freshnessOf } from '../../signing/verify-options.ts';
import { neverUnlessAborted, waitUnlessAborted } from '../abortable.ts';
import {
  type ReceiveOutcome,
  type ReceiverAnswer,
  type ResolvedAnswer,
  resolveAnswer,
} from './receiver-script.ts';
import { listenReceiver, type ReceiverServer } from './receiver-server.ts';

type Http = {
  post: (url: string, resolver: (info: { request: Request }) => Promise<Response>) => HttpHandler;
};

/** Options of {@link createWebhookReceiver}. */
export interface WebhookReceiverOptions {
  /** The dialect the deliveries should be in: they are verified as this profile's. */
  readonly profile: ProfileRef;
  /** The secret (or secrets, during a rotation) to verify with; required when the profile always signs. */
  readonly secret?: VerifyOptions['secret'];
  /** Verification options besides the secret (`now`, `toleranceSeconds` for the timestamped dialect). */
  readonly verify?: Omit<VerifyOptions, 'secret'>;
  /** The URL the msw handler answers (default {@link webhookReceiverDefaults}). */
  readonly url?: string;
  /** The answers, in order: delivery `n` gets `script[n]` (default: none scripted). */
  readonly script?: readonly ReceiverAnswer[];
  /** The answer once the script is used up (default 200, a success for every profile). */
  readonly otherwise?: ReceiverAnswer;
  /** The clock of `receivedAtMs` (default `Date.now`, virtual inside `simulate`). */
  readonly clock?: () => number;
}

/**
 * Defaults of {@link createWebhookReceiver}.
 *
 * @example
 * ```ts
 * webhookReceiverDefaults.url; // 'https://webhooks.receiver.test/spike'
 * ```
 */
export const webhookReceiverDefaults = {
  url: 'https://webhooks.receiver.test/spike',
  otherwise: 200,
} as const;

/** One delivery the receiver got, exactly as it arrived, with its verdict and the answer it got. */
export interface ReceivedDelivery {
  /** 0-based, in arrival order. */
  readonly index: number;
  readonly receivedAtMs: number;
  readonly method: string;
  readonly url: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's exact bytes. */
  readonly bytes: Uint8Array;
  /** The body as UTF-8 text. */
  readonly body: string;
  /** The profile's verification of the exact bytes (`undefined` when no secret was given for an optional signature). */
  readonly verification: VerifyResult | undefined;
  readonly answer: ResolvedAnswer;
}

/** A mock endpoint for code that sends or relays Spike-format webhooks. */
export interface WebhookReceiver {
  readonly url: string;
  /** Every delivery so far, in arrival order: a frozen snapshot, which a later delivery or `reset()` leaves as is. */
  readonly deliveries: readonly ReceivedDelivery[];
  /** Whether every delivery so far was verified (false when there were none). */
  readonly allVerified: boolean;
  /** msw handlers answering `url`: `setupServer(...receiver.handlers())` or `mswTarget({ url, handlers })`. */
  handlers(): HttpHandler[];
  /** The receiver as a fetch-style handler (`simulate({ target: { fetch: receiver.fetch } })`); a drop rejects. */
  fetch(request: Request): Promise<Response>;
  /** Serves the receiver on 127.0.0.1 (a free port): `{ url, close }`. */
  listen(path?: string): Promise<ReceiverServer>;
  /** Forgets the deliveries and restarts the script. */
  reset(): void;
}

const optionKeys = ['profile', 'secret', 'verify', 'url', 'script', 'otherwise', 'clock'] as const;

/**
 * A mock webhook receiver: it records each delivery with its exact bytes, verifies it as the profile's, and answers
 * from a script (`[500, 'timeout', 200]`), through msw (`handlers()`), in-process (`fetch`) or on a real 127.0.0.1
 * server (`listen()`). Async because msw (an optional peer) loads for `handlers()`.
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `SECRET_REQUIRED`, `UNKNOWN_PROFILE`; `OPTIONAL_DEPENDENCY_MISSING`
 *   without msw.
 * @example
 * ```ts
 * const receiver = await createWebhookReceiver({ profile: 'spike-forms', secret: 's3cret', script: [500, 'timeout'] });
 * await simulate({ profile: 'spike-forms', target: mswTarget({ url: receiver.url, handlers: receiver.handlers() }), event, secret: 's3cret' });
 * receiver.deliveries.map((d) => d.verification?.ok); // [true, true, true]
 * ```
 */
export async function createWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const o = checkOptions(options);
  const { http } = await importOptional<{ http: Http }>('msw', 'createWebhookReceiver');
  let deliveries: ReceivedDelivery[] = [];
  const script = (options.script ?? []).map((answer, i) => resolveAnswer(answer, `script[${i}]`));
  const otherwise = resolveAnswer(options.otherwise ?? webhookReceiverDefaults.otherwise, 'otherwise');
  const clock = options.clock ?? (() => Date.now());

  const receive = async (request: Request): Promise<ReceiveOutcome> => {
    const receivedAtMs = clock();
    const bytes = new Uint8Array(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = script[deliveries.length] ?? otherwise;
    deliveries.push({
      index: deliveries.length,
      receivedAtMs,
      method: request.method,
      url: request.url,
      headers,
      bytes,
      body: new TextDecoder().decode(bytes),
      verification:
        o.secret === undefined
          ? undefined
          : verifyDelivery(o.profile, { headers, body: bytes }, { ...options.verify, secret: o.secret }),
      answer,
    });
    if (answer.kind !== 'respond') return { fault: answer.kind };
    if (answer.delayMs > 0) await waitUnlessAborted(answer.delayMs, request.signal);
    return {
      response: new Response(answer.body === '' ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      }),
    };
  };

  const viaFetch = async (request: Request): Promise<Response> => {
    const outcome = await receive(request);
    if ('response' in outcome) return outcome.response;
    if (outcome.fault === 'drop') throw new TypeError('fetch failed: the receiver dropped the connection');
    return neverUnlessAborted(request.signal);
  };

  return {
    url: o.url,
    get deliveries() {
      return Object.freeze(deliveries.slice());
    },
    get allVerified() {
      return deliveries.length > 0 && deliveries.every((d) => d.verification?.ok === true);
    },
    handlers: () => [
      http.post(o.url, async ({ request }) => {
        const outcome = await receive(request);
        if ('response' in outcome) return outcome.response;
        return outcome.fault === 'drop' ? Response.error() : neverUnlessAborted(request.signal);
      }),
    ],
    fetch: viaFetch,
    listen: (path = new URL(o.url).pathname) => listenReceiver(receive, path),
    reset: () => {
      deliveries = []; // a list read before stays as it was
    },
  };
}

function checkOptions(options: WebhookReceiverOptions) {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw invalid(
      'INVALID_OPTION',
      "createWebhookReceiver's options",
      'an object { profile, secret, ... }',
      options,
    );
  const unknown = Object.keys(options).filter(
    (k) =>
      !(optionKeys as readonly string[]).includes(k) &&
      (options as unknown as Record<string, unknown>)[k] !== undefined,
  );
  if (unknown.length > 0) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown option ${listChoices(unknown)} for createWebhookReceiver: valid options are ${listChoices(optionKeys)}.`,
      { unknown, valid: optionKeys },
    );
  }
  const profile = getProfile(options.profile);
  const required = profile.signature.required === 'always';
  const list = Array.isArray(options.secret) ? options.secret : [options.secret];
  if (options.secret !== undefined || required) {
    if (Array.isArray(options.secret) && options.secret.length === 0)
      throw invalid(
        'INVALID_OPTION',
        "createWebhookReceiver's 'secret'",
        'a non-empty list of secrets',
        options.secret,
      );
    for (const secret of list)
      checkSecret(secret, { caller: 'createWebhookReceiver', required, option: 'secret' });
  }
  const url = options.url ?? webhookReceiverDefaults.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url) || URL.parse(url) === null)
    throw invalid('INVALID_OPTION', "createWebhookReceiver's 'url'", 'an absolute http(s) URL', url);
  if (options.script !== undefined && !Array.isArray(options.script))
    throw invalid(
      'INVALID_OPTION',
      "createWebhookReceiver's 'script'",
      'an array of answers',
      options.script,
    );
  if (options.clock !== undefined && typeof options.clock !== 'function')
    throw invalid(
      'INVALID_OPTION',
      "createWebhookReceiver's 'clock'",
      'a function returning epoch ms',
      options.clock,
    );
  checkVerify(options.verify);
  return { profile, secret: options.secret, url };
}

const verifyKeys = ['now', 'toleranceSeconds'] as const;

/** The verification options are checked now, not at the first delivery (where a throw would lose it). */
function checkVerify(verify: WebhookReceiverOptions['verify']): void {
  if (verify === undefined) return;
  const expected = 'an object { now?, toleranceSeconds? } (the secret goes in secret)';
  if (typeof verify !== 'object' || verify === null || Array.isArray(verify))
    throw invalid('INVALID_OPTION', "createWebhookReceiver's 'verify'", expected, verify);
  const unknown = Object.keys(verify).filter((k) => !(verifyKeys as readonly string[]).includes(k));
  if (unknown.length > 0)
    throw invalid('INVALID_OPTION', "createWebhookReceiver's 'verify'", expected, verify, {
      details: { unknown, valid: verifyKeys },
    });
  freshnessOf({ ...verify, secret: 'unused' }, 'createWebhookReceiver');
}

// Reading what a verification is given to verify, with a bounded wait: pact files and URLs, and the broker's index.
import { SpikeKitError } from '../core/index.ts';
import type { BrokerOptions } from './broker-options.ts';

/** How long the kit waits for a pact URL or a broker by default, ms. */
export const SOURCE_TIMEOUT_MS = 30_000;

/** The credentials Pact sends to pact URLs: the broker's, from the options or `PACT_BROKER_*`. */
function authHeaders(auth: Partial<BrokerOptions> | undefined): Record<string, string> {
  const token = auth?.token ?? process.env.PACT_BROKER_TOKEN;
  const username = auth?.username ?? process.env.PACT_BROKER_USERNAME;
  const password = auth?.password ?? process.env.PACT_BROKER_PASSWORD;
  if (token) return { authorization: `Bearer ${token}` };
  if (username) {
    return { authorization: `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}` };
  }
  return {};
}

/** GETs `url` and returns its status, content type and text, or why not (an unreachable host, a timeout). */
async function getText(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<
  { ok: true; status: number; type: string; text: string } | { ok: false; reason: string; cause: unknown }
> {
  try {
    const response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
    const text = await response.text();
    return { ok: true, status: response.status, type: response.headers.get('content-type') ?? '', text };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, reason: `did not answer within ${timeoutMs} ms`, cause: error };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      reason: `cannot be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      cause: error,
    };
  }
}

/**
 * The text of a pact URL, within `timeoutMs`.
 *
 * @throws {SpikeKitError} `PACT_FAILED` naming the URL when it cannot be reached, does not answer in time, or
 *   answers with an error status.
 */
export async function fetchPactUrl(
  url: string,
  auth: Partial<BrokerOptions> | undefined,
  timeoutMs: number,
): Promise<string> {
  const got = await getText(url, { accept: 'application/json', ...authHeaders(auth) }, timeoutMs);
  if (!got.ok) {
    throw new SpikeKitError(
      'PACT_FAILED',
      `The pact URL ${url} ${got.reason}: nothing was verified.`,
      { source: url },
      { cause: got.cause },
    );
  }
  if (got.status < 200 || got.status > 299) {
    throw new SpikeKitError(
      'PACT_FAILED',
      `The pact URL ${url} answered ${got.status}${got.status === 401 || got.status === 403 ? ' (check PACT_BROKER_TOKEN or the username and password)' : ''}: nothing was verified.`,
      { source: url, status: got.status },
    );
  }
  return got.text;
}

/**
 * Checks, within `timeoutMs`, that `url` is a Pact Broker answering its API (the HAL index), before the verifier
 * asks it for pacts.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` naming the broker when it cannot be reached, does not answer in time,
 *   refuses the credentials or answers something that is not the broker API (a login page ...).
 */
export async function probeBroker(
  url: string,
  auth: Partial<BrokerOptions>,
  timeoutMs: number,
): Promise<void> {
  const index = `${url.replace(/\/+$/, '')}/`;
  const got = await getText(
    index,
    { accept: 'application/hal+json, application/json', ...authHeaders(auth) },
    timeoutMs,
  );
  const fail = (reason: string, details: Record<string, unknown> = {}, cause?: unknown) =>
    new SpikeKitError(
      'BROKER_FAILED',
      `The Pact Broker at ${url} ${reason}: no pacts were fetched. Check { broker: { url } } or PACT_BROKER_BASE_URL.`,
      { broker: url, ...details },
      cause === undefined ? undefined : { cause },
    );
  if (!got.ok) throw fail(got.reason, {}, got.cause);
  if (got.status === 401 || got.status === 403) {
    throw fail(`answered ${got.status} (check PACT_BROKER_TOKEN or the username and password)`, {
      status: got.status,
    });
  }
  if (got.status < 200 || got.status > 299) throw fail(`answered ${got.status}`, { status: got.status });
  let index_: unknown;
  try {
    index_ = JSON.parse(got.text);
  } catch {
    index_ = undefined;
  }
  if (typeof index_ !== 'object' || index_ === null || !('_links' in index_)) {
    throw fail(`answered something that is not the Pact Broker API (${got.type || 'no content type'})`, {
      contentType: got.type,
    });
  }
}

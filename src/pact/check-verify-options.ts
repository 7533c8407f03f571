// The checks of verifyEndpoint's and verifyMessages' options: every bad value (an unknown option, a `broker` object
// of the wrong shape or field types included) is a coded INVALID_OPTION before anything starts (no Pact run, no
// server, no temp folder).
import { invalid, listChoices } from '../core/index.ts';
import { type BodyStyle, bodyStyles } from '../delivery/index.ts';

/** The longest wait Node's timers take, ms (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Pact's log levels. */
const pactLogLevels = ['error', 'warn', 'info', 'debug', 'trace'] as const;

/** Every option each verification takes: anything else is a typo, refused before anything starts. */
const knownOptions: Readonly<Record<string, readonly string[]>> = {
  verifyEndpoint: [
    'profile',
    'baseUrl',
    'path',
    'secret',
    'rotatedSecret',
    'policy',
    'pactUrls',
    'broker',
    'provider',
    'stateHandlers',
    'bodyStyle',
    'now',
    'logLevel',
    'verbose',
    'timeoutMs',
    'sourceTimeoutMs',
  ],
  verifyMessages: ['profile', 'pactUrls', 'broker', 'provider', 'logLevel', 'verbose', 'sourceTimeoutMs'],
};

/** The broker options' fields, by the type each takes (`undefined` is "not given" for all). */
const brokerStrings = [
  'url',
  'token',
  'username',
  'password',
  'providerVersion',
  'providerVersionBranch',
  'includeWipPactsSince',
  'buildUrl',
];
const brokerBooleans = ['publishVerificationResult', 'enablePending'];
const brokerKeys = [...brokerStrings, ...brokerBooleans, 'consumerVersionSelectors'];

/** `{ broker }` as an object: a plain object of the broker options, each of its type. */
function checkBrokerOptions(broker: object, caller: string): void {
  const bad = (what: string, expected: string, got: unknown) =>
    invalid('INVALID_OPTION', `${caller}'s 'broker${what}'`, expected, got, {
      details: { option: 'broker' },
    });
  const proto = Object.getPrototypeOf(broker);
  if (proto !== Object.prototype && proto !== null)
    throw bad('', 'true or the broker options object', broker);
  const fields = broker as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !brokerKeys.includes(key));
  if (unknown.length > 0) {
    throw bad('', `an object of the broker options only (${listChoices(brokerKeys)})`, unknown);
  }
  for (const key of brokerStrings) {
    const value = fields[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === ''))
      throw bad(`.${key}`, 'a non-empty string', value);
  }
  for (const key of brokerBooleans) {
    const value = fields[key];
    if (value !== undefined && typeof value !== 'boolean') throw bad(`.${key}`, 'true or false', value);
  }
  const url = fields.url;
  if (typeof url === 'string' && !/^https?:\/\//i.test(url))
    throw bad('.url', "the broker's http(s) URL", url);
  const selectors = fields.consumerVersionSelectors;
  if (
    selectors !== undefined &&
    (!Array.isArray(selectors) ||
      !selectors.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s)))
  ) {
    throw bad('.consumerVersionSelectors', 'a list of consumer version selector objects', selectors);
  }
}

/** `INVALID_OPTION` for `caller`'s `option`, its details naming the option (with any other `details` and a `hint`). */
function badOption(
  caller: string,
  option: string,
  expected: string,
  got: unknown,
  extra: { readonly details?: Record<string, unknown>; readonly hint?: string } = {},
): Error {
  return invalid('INVALID_OPTION', `${caller}'s '${option}'`, expected, got, {
    ...extra,
    details: { option, ...extra.details },
  });
}

/** `options` itself: a plain object. */
export function checkOptionsObject(
  options: unknown,
  caller: string,
): asserts options is Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('INVALID_OPTION', `${caller}'s options`, 'an object', options);
  }
}

/** A timeout in ms: a whole number from 1 to 2147483647, or `undefined`. */
function checkTimeoutMs(value: unknown, option: string, caller: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_TIMEOUT_MS) {
    throw badOption(caller, option, `a whole number of ms from 1 to ${MAX_TIMEOUT_MS}`, value);
  }
  return value;
}

/** An option that must be an absolute http(s) URL (`expected` says what it is for in the message). */
export function checkHttpUrl(value: unknown, caller: string, option: string, expected: string): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw badOption(caller, option, expected, value);
  }
  return url;
}

/** The endpoint's base URL: an absolute http(s) URL. */
export function checkBaseUrl(value: unknown, caller: string): URL {
  return checkHttpUrl(
    value,
    caller,
    'baseUrl',
    "the endpoint's http(s) base URL, e.g. 'http://127.0.0.1:3000'",
  );
}

/** The remaining options both verifications share, checked for their type. */
export function checkCommonOptions(options: Record<string, unknown>, caller: string): void {
  const known = knownOptions[caller];
  const unknown = known === undefined ? [] : Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s options`,
      `an object of its options only (${listChoices(known ?? [])})`,
      unknown,
      { details: { option: unknown[0], valid: known }, hint: `Unknown: ${listChoices(unknown)}.` },
    );
  }
  const { provider, logLevel, broker, pactUrls, verbose } = options;
  if (verbose !== undefined && typeof verbose !== 'boolean') {
    throw badOption(caller, 'verbose', 'true or false', verbose);
  }
  if (provider !== undefined && (typeof provider !== 'string' || provider.trim() === '')) {
    throw badOption(caller, 'provider', 'a non-empty provider name', provider);
  }
  if (logLevel !== undefined && !pactLogLevels.includes(logLevel as never)) {
    throw badOption(caller, 'logLevel', listChoices(pactLogLevels), logLevel, {
      details: { valid: pactLogLevels },
    });
  }
  if (
    broker !== undefined &&
    broker !== true &&
    (typeof broker !== 'object' || broker === null || Array.isArray(broker))
  ) {
    throw badOption(caller, 'broker', 'true or the broker options object', broker);
  }
  if (typeof broker === 'object' && broker !== null) checkBrokerOptions(broker, caller);
  if (
    pactUrls !== undefined &&
    (!Array.isArray(pactUrls) || !pactUrls.every((u) => typeof u === 'string' && u.trim() !== ''))
  ) {
    throw badOption(caller, 'pactUrls', 'a list of pact files or URLs (non-empty strings)', pactUrls);
  }
  checkTimeoutMs(options.sourceTimeoutMs, 'sourceTimeoutMs', caller);
}

/** verifyEndpoint's own options beside the secrets: path, policy, state handlers, body style, clock, timeout. */
export function checkEndpointOptions(options: Record<string, unknown>, caller: string): void {
  const { path, stateHandlers, bodyStyle, now, policy } = options;
  if (policy !== undefined) {
    if (typeof policy !== 'boolean') {
      throw badOption(caller, 'policy', 'true or false', policy);
    }
    if (options.pactUrls !== undefined || options.broker !== undefined) {
      throw badOption(caller, 'policy', "no value with 'pactUrls' or 'broker'", policy, {
        hint: "'policy' picks the kit's canonical contracts (Spike's and the kit-policy one); given pacts are verified as they are: list only the ones you want.",
      });
    }
  }
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    throw badOption(caller, 'path', "a path starting with '/', e.g. '/webhooks/spike'", path);
  }
  if (stateHandlers !== undefined) {
    if (typeof stateHandlers !== 'object' || stateHandlers === null || Array.isArray(stateHandlers)) {
      throw badOption(caller, 'stateHandlers', 'an object of handlers by state name', stateHandlers);
    }
    for (const [state, handler] of Object.entries(stateHandlers)) {
      const fns = ['setup', 'teardown'].map((k) =>
        typeof handler === 'object' && handler !== null ? (handler as Record<string, unknown>)[k] : undefined,
      );
      const ok =
        typeof handler === 'function' ||
        (typeof handler === 'object' &&
          handler !== null &&
          fns.every((fn) => fn === undefined || typeof fn === 'function') &&
          fns.some((fn) => fn !== undefined));
      if (!ok) {
        throw invalid(
          'INVALID_OPTION',
          `${caller}'s 'stateHandlers[${JSON.stringify(state)}]'`,
          'a function or { setup, teardown } functions',
          handler,
          {
            details: { option: 'stateHandlers', state },
          },
        );
      }
    }
  }
  if (bodyStyle !== undefined) {
    const styles = Array.isArray(bodyStyle) ? bodyStyle : [bodyStyle];
    if (styles.length === 0 || !styles.every((s) => bodyStyles.includes(s as BodyStyle))) {
      throw badOption(
        caller,
        'bodyStyle',
        `${listChoices(bodyStyles)} or a non-empty list of them`,
        bodyStyle,
        { details: { valid: bodyStyles } },
      );
    }
  }
  if (now !== undefined && typeof now !== 'function') {
    throw badOption(caller, 'now', 'a function returning epoch ms', now);
  }
  checkTimeoutMs(options.timeoutMs, 'timeoutMs', caller);
}

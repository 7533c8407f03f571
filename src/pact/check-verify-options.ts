// The checks of verifyEndpoint's and verifyMessages' options: every bad value is a coded INVALID_OPTION before
// anything starts (no Pact run, no server, no temp folder).
import { invalid, listChoices } from '../core/index.ts';
import { type BodyStyle, bodyStyles } from '../delivery/index.ts';

/** The longest wait Node's timers take, ms (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Pact's log levels. */
const pactLogLevels = ['error', 'warn', 'info', 'debug', 'trace'] as const;

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
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s '${option}'`,
      `a whole number of ms from 1 to ${MAX_TIMEOUT_MS}`,
      value,
      {
        details: { option },
      },
    );
  }
  return value;
}

/** The endpoint's base URL: an absolute http(s) URL. */
export function checkBaseUrl(value: unknown, caller: string): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s 'baseUrl'`,
      "the endpoint's http(s) base URL, e.g. 'http://127.0.0.1:3000'",
      value,
      {
        details: { option: 'baseUrl' },
      },
    );
  }
  return url;
}

/** The remaining options both verifications share, checked for their type. */
export function checkCommonOptions(options: Record<string, unknown>, caller: string): void {
  const { provider, logLevel, broker, pactUrls } = options;
  if (provider !== undefined && (typeof provider !== 'string' || provider.trim() === '')) {
    throw invalid('INVALID_OPTION', `${caller}'s 'provider'`, 'a non-empty provider name', provider, {
      details: { option: 'provider' },
    });
  }
  if (logLevel !== undefined && !pactLogLevels.includes(logLevel as never)) {
    throw invalid('INVALID_OPTION', `${caller}'s 'logLevel'`, listChoices(pactLogLevels), logLevel, {
      details: { option: 'logLevel', valid: pactLogLevels },
    });
  }
  if (
    broker !== undefined &&
    broker !== true &&
    (typeof broker !== 'object' || broker === null || Array.isArray(broker))
  ) {
    throw invalid('INVALID_OPTION', `${caller}'s 'broker'`, 'true or the broker options object', broker, {
      details: { option: 'broker' },
    });
  }
  if (pactUrls !== undefined && !Array.isArray(pactUrls)) {
    throw invalid('INVALID_OPTION', `${caller}'s 'pactUrls'`, 'a list of pact files or URLs', pactUrls, {
      details: { option: 'pactUrls' },
    });
  }
  checkTimeoutMs(options.sourceTimeoutMs, 'sourceTimeoutMs', caller);
}

/** verifyEndpoint's own options beside the secrets: path, state handlers, body style, clock, timeout. */
export function checkEndpointOptions(options: Record<string, unknown>, caller: string): void {
  const { path, stateHandlers, bodyStyle, now } = options;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s 'path'`,
      "a path starting with '/', e.g. '/webhooks/spike'",
      path,
      {
        details: { option: 'path' },
      },
    );
  }
  if (stateHandlers !== undefined) {
    if (typeof stateHandlers !== 'object' || stateHandlers === null || Array.isArray(stateHandlers)) {
      throw invalid(
        'INVALID_OPTION',
        `${caller}'s 'stateHandlers'`,
        'an object of handlers by state name',
        stateHandlers,
        {
          details: { option: 'stateHandlers' },
        },
      );
    }
    for (const [state, handler] of Object.entries(stateHandlers)) {
      const ok =
        typeof handler === 'function' ||
        (typeof handler === 'object' &&
          handler !== null &&
          ['setup', 'teardown'].every((k) => {
            const fn = (handler as Record<string, unknown>)[k];
            return fn === undefined || typeof fn === 'function';
          }));
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
      throw invalid(
        'INVALID_OPTION',
        `${caller}'s 'bodyStyle'`,
        `${listChoices(bodyStyles)} or a non-empty list of them`,
        bodyStyle,
        {
          details: { option: 'bodyStyle', valid: bodyStyles },
        },
      );
    }
  }
  if (now !== undefined && typeof now !== 'function') {
    throw invalid('INVALID_OPTION', `${caller}'s 'now'`, 'a function returning epoch ms', now, {
      details: { option: 'now' },
    });
  }
  checkTimeoutMs(options.timeoutMs, 'timeoutMs', caller);
}

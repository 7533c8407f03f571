import { SpikeKitError } from '../core/index.ts';
import type { EnvVars } from './ci-vendors.ts';

/**
 * Where a Pact Broker (or PactFlow) is and how to log in: a bearer token, or a username and password. Read from
 * the standard variables by {@link brokerFromEnv}.
 */
export interface BrokerOptions {
  /** `PACT_BROKER_BASE_URL`. */
  readonly url: string;
  /** `PACT_BROKER_TOKEN` (PactFlow, or a broker behind a token). */
  readonly token?: string | undefined;
  /** `PACT_BROKER_USERNAME` (basic auth). */
  readonly username?: string | undefined;
  /** `PACT_BROKER_PASSWORD` (basic auth). */
  readonly password?: string | undefined;
}

/**
 * The broker configured by the standard variables: `PACT_BROKER_BASE_URL`, and `PACT_BROKER_TOKEN` or
 * `PACT_BROKER_USERNAME`/`PACT_BROKER_PASSWORD`. `undefined` when no URL is set.
 *
 * @example
 * ```ts
 * const broker = brokerFromEnv(); // { url: 'https://acme.pactflow.io', token: '…' }
 * ```
 */
export function brokerFromEnv(env: EnvVars = process.env): BrokerOptions | undefined {
  const url = env.PACT_BROKER_BASE_URL?.trim();
  if (!url) return undefined;
  return {
    url,
    ...(env.PACT_BROKER_TOKEN ? { token: env.PACT_BROKER_TOKEN } : {}),
    ...(env.PACT_BROKER_USERNAME ? { username: env.PACT_BROKER_USERNAME } : {}),
    ...(env.PACT_BROKER_PASSWORD ? { password: env.PACT_BROKER_PASSWORD } : {}),
  };
}

/** The given options completed from the environment; throws when no URL is known. */
export function resolveBroker(options: Partial<BrokerOptions> | undefined): BrokerOptions {
  const env = brokerFromEnv();
  const url = options?.url ?? env?.url;
  if (!url) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'No Pact Broker configured: set PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD), or pass { broker: { url } }.',
      {},
    );
  }
  const explicitAuth =
    options?.token !== undefined || options?.username !== undefined || options?.password !== undefined;
  const auth = explicitAuth ? options : env;
  return {
    url,
    ...(auth?.token ? { token: auth.token } : {}),
    ...(auth?.username ? { username: auth.username } : {}),
    ...(auth?.password ? { password: auth.password } : {}),
  };
}

// Whether Pact's native verifier, run with a given config, talks to nothing but this machine over plain HTTP: then
// `runVerifier` turns its TLS certificate checks off, which spares it loading the system's trust store for every
// request (see `loopbackOnly`).

/** Host names that are this machine. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Config keys that make Pact's core fetch or publish over the network itself (a broker, other transports). */
const NETWORK_KEYS: readonly string[] = [
  'pactBrokerUrl',
  'publishVerificationResult',
  'transports',
  'proxyHost',
  'consumerVersionSelectors',
];

/**
 * True when the `Verifier` options make Pact's Rust core talk only to loopback over plain HTTP: no broker, no
 * publishing, every pact a local file, and the provider (if any) an `http://` URL on this machine. Pact's JS side
 * points the core at its own local proxy anyway (provider requests, state calls, messages); forwarding from there
 * to `providerBaseUrl` is done by Node, not by the core.
 *
 * Why it matters: Pact's core builds a new HTTP client for every provider request and state call, and each one
 * loads and parses the system's trust store (SSL_CERT_FILE / SSL_CERT_DIR: hundreds of certificate files) unless
 * certificate checks are off. With nothing but plain loopback HTTP to talk to there is no certificate to check, so
 * turning the checks off changes nothing verified and saves several milliseconds of CPU per request.
 *
 * @example
 * ```ts
 * loopbackOnly({ provider: 'p', pactUrls: ['/tmp/c-p.json'] }); // true
 * loopbackOnly({ provider: 'p', pactUrls: ['https://broker.example/pacts/1'] }); // false
 * ```
 */
export function loopbackOnly(config: Readonly<Record<string, unknown>>): boolean {
  if (NETWORK_KEYS.some((key) => config[key] !== undefined && config[key] !== false)) return false;
  const urls = config.pactUrls;
  if (urls !== undefined) {
    if (!Array.isArray(urls)) return false;
    if (urls.some((url) => typeof url !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url))) return false;
  }
  const base = config.providerBaseUrl;
  if (base === undefined) return true;
  if (typeof base !== 'string') return false;
  try {
    const url = new URL(base);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

import { SpikeKitError } from '../core/index.ts';

/**
 * A conformance probe that asks the team's endpoint: `GET` the URL with `{key}` replaced by the dedup key (URL
 * encoded); the answer is a JSON number or `{ "count": n }`: how many times the side effect ran for that key.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a URL without `{key}` or not http(s); from the probe:
 *   `TRANSPORT_FAILED` when the endpoint cannot be reached or does not answer 200 with a count.
 * @example
 * ```ts
 * const probe = probeFromUrl('http://127.0.0.1:3000/test/processed?key={key}');
 * await probe('sub_123'); // 1
 * ```
 */
export function probeFromUrl(template: string): (key: string) => Promise<number> {
  if (!template.includes('{key}') || !/^https?:\/\//.test(template))
    throw new SpikeKitError(
      'INVALID_OPTION',
      `--probe-url must be an http(s) URL with {key} where the dedup key goes (got '${template}'), e.g. http://127.0.0.1:3000/test/processed?key={key}.`,
      { option: 'probe-url' },
    );
  return async (key) => {
    const url = template.replaceAll('{key}', encodeURIComponent(key));
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw new SpikeKitError(
        'TRANSPORT_FAILED',
        `The probe at ${url} could not be reached: ${(error as Error).message}.`,
        { url },
      );
    }
    const text = await response.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const count = typeof value === 'number' ? value : (value as { count?: unknown } | undefined)?.count;
    if (response.status !== 200 || typeof count !== 'number')
      throw new SpikeKitError(
        'TRANSPORT_FAILED',
        `The probe at ${url} answered ${response.status} ${JSON.stringify(text.slice(0, 80))}: it must answer 200 with a JSON number or { "count": n }.`,
        { url, status: response.status },
      );
    return count;
  };
}

// Helpers of the world tests: authenticate a world user and query the mocked v3 API in-process.
import type { SpikeWorld } from '../../src/msw/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: API answers read field by field in assertions.
export type Json = { [key: string]: any };

/** Signs in as a world user and returns a GET helper for the v3 API (query values: string or string[]). */
export async function signIn(world: SpikeWorld, applicationUserId: string) {
  const response = await world.fetch(`${world.baseUrl}/auth/hmac`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      application_id: world.applicationId,
      application_user_id: applicationUserId,
      signature: world.signUser(applicationUserId),
    }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  const get = async (path: string, query: Record<string, string | readonly string[]> = {}) => {
    const url = new URL(`${world.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query))
      for (const v of typeof value === 'string' ? [value] : value) url.searchParams.append(key, v);
    const r = await world.fetch(url, { headers: { authorization: `Bearer ${token}` } });
    return { status: r.status, type: r.headers.get('content-type'), body: (await r.json()) as Json };
  };
  return { token, get };
}

import type { Profile } from '../../profiles/index.ts';
import { successRule } from './success-rule.ts';

/** The names of the files a k6 export writes, beside each other in one folder. */
export const k6FileNames = { data: 'spike-deliveries.json', script: 'spike-k6.js' } as const;

/** What the k6 script is written from. */
export interface K6Input {
  readonly profile: Profile;
  readonly url: URL;
  readonly deliveries: number;
  readonly rate: number;
  readonly duration: number;
  readonly seed: number | string;
}

/**
 * The k6 script of an export: the deliveries in a `SharedArray` (read once, shared by every VU), a
 * `constant-arrival-rate` scenario, one `http.post(url, body, { headers })` per iteration with the exact body and
 * headers of a pre-signed delivery (round-robin by `exec.scenario.iterationInTest`), redirects not followed,
 * Spike's timeout, and a `check` of the profile's success rule (also k6's `http_req_failed`, through
 * `http.expectedStatuses`). The `checks` threshold makes `k6 run` exit non-zero when any delivery failed.
 *
 * @example
 * ```ts
 * const js = k6Script({ profile, url: new URL('http://127.0.0.1:3000/hook'), deliveries: 100, rate: 10, duration: 10, seed: 1 });
 * ```
 */
export function k6Script(input: K6Input): string {
  const { profile } = input;
  const rule = successRule(profile);
  const checkName = `${profile.id} success (${rule.description})`;
  const vus = Math.max(1, Math.min(input.rate, 1000));
  return `// Pre-signed ${profile.id} deliveries, written by spike-webhook-kit export (seed ${JSON.stringify(input.seed)}).
// Run: k6 run ${k6FileNames.script}
// ${input.rate} requests per second for ${input.duration} s, round-robin over ${input.deliveries} deliveries.
import { check } from 'k6';
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import http from 'k6/http';

const deliveries = new SharedArray('spike deliveries', () => JSON.parse(open(${JSON.stringify(`./${k6FileNames.data}`)})));
const url = ${JSON.stringify(input.url.href)};

/** Spike counts a delivery only on ${rule.description}. */
function isSpikeSuccess(status) {
  return ${rule.expression};
}

http.setResponseCallback(http.expectedStatuses(${rule.k6Statuses}));

export const options = {
  maxRedirects: 0,
  scenarios: {
    spike_deliveries: {
      executor: 'constant-arrival-rate',
      rate: ${input.rate},
      timeUnit: '1s',
      duration: '${input.duration}s',
      preAllocatedVUs: ${vus},
      maxVUs: ${vus * 10},
    },
  },
  thresholds: {
    checks: ['rate==1'],
  },
};

export default function () {
  const delivery = deliveries[exec.scenario.iterationInTest % deliveries.length];
  const response = http.post(url, delivery.body, {
    headers: delivery.headers,
    timeout: '${Math.ceil(profile.timeoutMs / 1000)}s',
  });
  check(response, {
    ${JSON.stringify(checkName)}: (r) => isSpikeSuccess(r.status),
  });
}
`;
}

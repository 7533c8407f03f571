import type { Profile } from '../../profiles/index.ts';
import { type SuccessRule, successRule } from './success-rule.ts';

/** The names of the files an Artillery export writes, beside each other in one folder. */
export const artilleryFileNames = {
  data: 'spike-deliveries.json',
  index: 'spike-deliveries-index.csv',
  processor: 'spike-processor.cjs',
  scenario: 'spike-scenario.yml',
} as const;

/** What the Artillery files are written from. */
export interface ArtilleryInput {
  readonly profile: Profile;
  readonly url: URL;
  readonly deliveries: number;
  readonly rate: number;
  readonly duration: number;
  readonly seed: number | string;
}

/** The counters the processor adds to Artillery's report, by the profile's success rule. */
const artilleryCounters = { delivered: 'spike.delivered', failed: 'spike.failed' } as const;

/**
 * The Artillery 2 test script: a constant arrival rate of POSTs to the endpoint, each filled in by the processor's
 * `beforeRequest` hook with the exact headers and bytes of one pre-signed delivery, redirects not followed and
 * Spike's own timeout. The index CSV is Artillery's `payload`, which Artillery splits across its worker threads,
 * so each worker sends its own share of the deliveries.
 *
 * @example
 * ```ts
 * const yml = artilleryScenario({ profile, url: new URL('http://127.0.0.1:3000/hook'), deliveries: 20, rate: 20, duration: 1, seed: 1 });
 * ```
 */
export function artilleryScenario(input: ArtilleryInput): string {
  const { profile, url } = input;
  const q = (value: string | number) => JSON.stringify(value);
  const rule = successRule(profile);
  return `# Pre-signed ${profile.id} deliveries, written by spike-webhook-kit export (seed ${q(input.seed)}).
# Run it from anywhere:  npx artillery run ${artilleryFileNames.scenario}
# ${input.rate} requests per second for ${input.duration} s, round-robin over ${input.deliveries} deliveries
# (more requests than deliveries repeat some: Spike's retries do too, so a receiver must cope).
# Spike counts a delivery only on ${rule.description}: read the report's ${artilleryCounters.delivered} and
# ${artilleryCounters.failed} counters (by that rule) beside Artillery's own http.codes.<status> counters.
config:
  target: ${q(url.origin)}
  phases:
    - name: ${q(`${profile.id} deliveries`)}
      duration: ${input.duration}
      arrivalRate: ${input.rate}
  processor: ${q(`./${artilleryFileNames.processor}`)}
  payload:
    path: ${q(`./${artilleryFileNames.index}`)}
    fields:
      - "spikeDelivery"
    order: "sequence"
    skipHeader: true
  includeFiles:
    - ${q(`./${artilleryFileNames.data}`)}
  http:
    timeout: ${Math.ceil(profile.timeoutMs / 1000)}
scenarios:
  - name: ${q(`${profile.id} webhook`)}
    flow:
      - post:
          url: ${q(`${url.pathname}${url.search}`)}
          followRedirect: false
          beforeRequest: "spikeDelivery"
          afterResponse: "spikeOutcome"
`;
}

/**
 * The index file of an Artillery export: a header and one line per delivery (its position in the data file).
 * Artillery's CSV payload cannot carry raw bodies (commas, quotes, newlines), so it carries only these numbers.
 *
 * @example
 * ```ts
 * artilleryIndex(2); // 'spikeDelivery\n0\n1\n'
 * ```
 */
export function artilleryIndex(deliveries: number): string {
  const lines = ['spikeDelivery'];
  for (let index = 0; index < deliveries; index++) lines.push(String(index));
  return `${lines.join('\n')}\n`;
}

/**
 * The Artillery processor: plain CommonJS without dependencies. `spikeDelivery` (a `beforeRequest` hook,
 * `(requestParams, context, ee, next)`) takes the delivery the payload row names (or the next one round-robin) and
 * sets the exact headers and the body as a `Buffer` (Artillery templates string bodies, which would change a body
 * holding `{{`); `spikeOutcome` (an `afterResponse` hook) counts the status by the profile's success rule.
 *
 * @example
 * ```ts
 * const source = artilleryProcessor(getProfile('spike-health-v3'));
 * ```
 */
export function artilleryProcessor(profile: Profile): string {
  const rule: SuccessRule = successRule(profile);
  return `'use strict';
// Written by spike-webhook-kit export for ${profile.id}. Plain CommonJS, no dependencies.
const fs = require('node:fs');
const path = require('node:path');

const deliveries = JSON.parse(fs.readFileSync(path.join(__dirname, ${JSON.stringify(artilleryFileNames.data)}), 'utf8'));
let next = 0;

/** Spike counts a delivery only on ${rule.description}. */
function isSpikeSuccess(status) {
  return ${rule.expression};
}

/** beforeRequest: the exact headers and bytes of one pre-signed delivery. */
function spikeDelivery(requestParams, context, ee, done) {
  const row = Number(context.vars.spikeDelivery);
  const index = Number.isInteger(row) && row >= 0 ? row : next++;
  const delivery = deliveries[index % deliveries.length];
  requestParams.headers = Object.assign({}, requestParams.headers, delivery.headers);
  delete requestParams.json;
  requestParams.body = Buffer.from(delivery.body, 'utf8');
  return done();
}

/** afterResponse: counts ${artilleryCounters.delivered} or ${artilleryCounters.failed} by the success rule. */
function spikeOutcome(requestParams, response, context, ee, done) {
  const ok = isSpikeSuccess(response.statusCode);
  ee.emit('counter', ok ? ${JSON.stringify(artilleryCounters.delivered)} : ${JSON.stringify(artilleryCounters.failed)}, 1);
  return done();
}

module.exports = { spikeDelivery, spikeOutcome, isSpikeSuccess };
`;
}

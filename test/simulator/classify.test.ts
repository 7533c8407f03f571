// The meaning of every fault, read from one table, and the classification of an attempt as a pure function of
// (fault, transport result, profile): no clock, no simulation, every fault x answer kind x success rule.
import { describe, expect, it } from 'vitest';
import type { NetworkErrorKind, TransportResult } from '../../src/delivery/index.ts';
import { defineProfile, getProfile, type Profile } from '../../src/profiles/index.ts';
import {
  type AttemptVerdict,
  classifyAttempt,
  faultKind,
  faultRule,
  faultTable,
} from '../../src/simulator/fault-table.ts';
import type { AppliedFault } from '../../src/simulator/faults.ts';

const response = (status: number): TransportResult => ({
  kind: 'response',
  status,
  headers: {},
  latencyMs: 1,
});
const failure = (error: NetworkErrorKind): TransportResult => ({
  kind: 'network-error',
  error,
  message: error,
  latencyMs: 1,
});

/** Every kind of answer: nothing within the timeout, statuses of each class, and each network error. */
const answers: Readonly<Record<string, TransportResult | null>> = {
  'no answer': null,
  '200': response(200),
  '201': response(201),
  '204': response(204),
  '302': response(302),
  '404': response(404),
  '500': response(500),
  refused: failure('refused'),
  reset: failure('reset'),
  'network timeout': failure('timeout'),
  dns: failure('dns'),
  aborted: failure('aborted'),
  other: failure('other'),
};

const v = (classification: AttemptVerdict['classification'], status: number | null = null, error?: string) =>
  error === undefined ? { classification, status } : { classification, status, error };

/** What Spike makes of the answers no success rule counts (a redirect, an error status, no connection). */
const sameForEveryRule = {
  '302': v('redirect', 302),
  '404': v('http-error', 404),
  '500': v('http-error', 500),
  refused: v('network-error', null, 'refused'),
  reset: v('network-error', null, 'reset'),
  'network timeout': v('timeout'),
  dns: v('network-error', null, 'dns'),
  aborted: v('network-error', null, 'aborted'),
  other: v('network-error', null, 'other'),
};

/** What Spike makes of each answer with no fault, per success rule (any 2xx; exactly 200; a custom 200 or 202). */
const plain: Readonly<Record<string, Readonly<Record<string, AttemptVerdict>>>> = {
  'spike-forms': {
    'no answer': v('timeout'),
    '200': v('success', 200),
    '201': v('success', 201),
    '204': v('success', 204),
    ...sameForEveryRule,
  },
  'spike-health-v3': {
    'no answer': v('timeout'),
    '200': v('success', 200),
    '201': v('unaccepted-2xx', 201),
    '204': v('unaccepted-2xx', 204),
    ...sameForEveryRule,
  },
  'custom-200-or-202': {
    'no answer': v('timeout'),
    '200': v('success', 200),
    '201': v('unaccepted-2xx', 201),
    '204': v('unaccepted-2xx', 204),
    ...sameForEveryRule,
  },
};

const profiles: Readonly<Record<string, Profile>> = {
  'spike-forms': getProfile('spike-forms'),
  'spike-health-v3': getProfile('spike-health-v3'),
  'custom-200-or-202': defineProfile({
    id: 'custom-200-or-202',
    extends: 'spike-forms',
    success: [200, 202],
  }),
};

/** A scripted status, per success rule: what Spike sees whatever the handler would have answered. */
const scripted: Readonly<Record<string, Readonly<Record<number, AttemptVerdict>>>> = {
  'spike-forms': {
    200: v('success', 200),
    202: v('success', 202),
    204: v('success', 204),
    301: v('redirect', 301),
    503: v('http-error', 503),
  },
  'spike-health-v3': {
    200: v('success', 200),
    202: v('unaccepted-2xx', 202),
    204: v('unaccepted-2xx', 204),
    301: v('redirect', 301),
    503: v('http-error', 503),
  },
  'custom-200-or-202': {
    200: v('success', 200),
    202: v('success', 202),
    204: v('unaccepted-2xx', 204),
    301: v('redirect', 301),
    503: v('http-error', 503),
  },
};

describe('classifyAttempt: every fault x answer kind x success rule', () => {
  for (const [profileName, profile] of Object.entries(profiles)) {
    const expectedPlain = plain[profileName] as Readonly<Record<string, AttemptVerdict>>;
    for (const [answerName, result] of Object.entries(answers)) {
      const answer = expectedPlain[answerName] as AttemptVerdict;
      const at = `${profileName}, ${answerName}`;

      it(`${at}: no fault and a slow fault give what the answer says`, () => {
        expect(classifyAttempt(null, result, profile)).toEqual(answer);
        expect(classifyAttempt({ slow: 45_000 }, result, profile)).toEqual(answer);
        expect(classifyAttempt({ slow: 1 }, result, profile)).toEqual(answer);
      });

      it(`${at}: a lost acknowledgement turns an accepted answer into 'lost-ack', and leaves any other as it is`, () => {
        const lost = answer.classification === 'success' ? v('lost-ack') : answer;
        expect(classifyAttempt('lost-ack', result, profile)).toEqual(lost);
      });

      it(`${at}: faults before the handler decide alone`, () => {
        expect(classifyAttempt('refused', result, profile)).toEqual(v('network-error', null, 'refused'));
        expect(classifyAttempt('reset', result, profile)).toEqual(v('network-error', null, 'reset'));
        expect(classifyAttempt('timeout', result, profile)).toEqual(v('timeout'));
        for (const [status, verdict] of Object.entries(scripted[profileName] ?? {}))
          expect(classifyAttempt(Number(status), result, profile)).toEqual(verdict);
      });
    }
  }
});

describe('the fault table', () => {
  const applied: readonly [AppliedFault | null, string, boolean, string][] = [
    [null, 'none', true, '-'],
    [503, 'status', false, '503'],
    [200, 'status', false, '200'],
    [{ status: 200, reachesHandler: false }, 'status', false, '200 bypass'],
    ['refused', 'refused', false, 'refused'],
    ['reset', 'reset', false, 'reset'],
    ['timeout', 'timeout', false, 'timeout'],
    [{ slow: 45_000 }, 'slow', true, 'slow 45s'],
    ['lost-ack', 'lost-ack', true, 'lost-ack'],
  ];

  it('has one entry per kind of fault, each saying whether the handler is reached and how it is written', () => {
    expect(Object.keys(faultTable).sort()).toEqual(
      ['lost-ack', 'none', 'refused', 'reset', 'slow', 'status', 'timeout'].sort(),
    );
    for (const [fault, kind, reachesHandler, label] of applied) {
      expect(faultKind(fault)).toBe(kind);
      expect(faultRule(fault).reachesHandler, String(kind)).toBe(reachesHandler);
      expect(faultRule(fault).label(fault)).toBe(label);
      expect(faultRule(fault).spikeSees.length).toBeGreaterThan(0);
    }
  });

  it('says when Spike sees an unsent attempt and how late it sees an answer', () => {
    expect(faultTable.timeout.unsentSeenAfter).toBe('timeout');
    for (const kind of ['status', 'refused', 'reset'] as const)
      expect(faultTable[kind].unsentSeenAfter).toBe('at-once');
    expect(faultTable.slow.answerDelayMs({ slow: 45_000 })).toBe(45_000);
    expect(faultTable.none.answerDelayMs(null)).toBe(0);
    expect(faultTable['lost-ack'].answerDelayMs('lost-ack')).toBe(0);
  });
});

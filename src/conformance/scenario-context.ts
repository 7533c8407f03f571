import { type Awkwardness, generate, kindsOf } from '../../generators/index.ts';
import { SpikeKitError, toEpochMs } from '../core/index.ts';
import {
  type BuildDeliveryOptions,
  buildDelivery,
  type Delivery,
  type Transport,
} from '../delivery/index.ts';
import { dedupKeys, isSuccessStatus, type Profile } from '../profiles/index.ts';
import type { Bytes } from '../signing/hmac.ts';
import { probeCounter } from '../simulator/processed-probe.ts';
import type { ConformanceProbe, Evidence } from './types.ts';

/** What every scenario works with: the profile, its events and deliveries, a sender that keeps the evidence. */
export interface ScenarioContext {
  readonly profile: Profile;
  /** The kinds the profile documents. */
  readonly kinds: readonly string[];
  /** The seed and instant of this run. */
  readonly seed: number;
  readonly refMs: number;
  /** A fresh event: `slot` keeps scenarios' events (and so their dedup keys) apart. */
  event(slot: number, options?: EventOptions): unknown;
  /** The delivery Spike sends for an event, signed with the receiver's secret (override any build option). */
  delivery(event: unknown, options?: BuildDeliveryOptions): Delivery;
  /** Sends one delivery and keeps it, with what came back, as this scenario's evidence. */
  send(label: string, delivery: Delivery): Promise<Evidence>;
  /** The evidence of this scenario so far. */
  readonly evidence: readonly Evidence[];
  /** The evidence of the whole run so far (every scenario before this one, and this one). */
  readonly runEvidence: readonly Evidence[];
  /** The count the team's probe reports for a key; undefined without a probe. */
  readonly probe: ((key: string) => Promise<number>) | undefined;
  /** The dedup keys of a delivery. */
  keysOf(delivery: Delivery): string[];
}

/** Options of {@link ScenarioContext.event}. */
interface EventOptions {
  readonly kind?: string;
  readonly awkward?: readonly Awkwardness[];
  /** Events happen this many ms before the run's instant (a replay). */
  readonly agoMs?: number;
}

/** Everything a context is made of. @internal */
export interface ContextInput {
  readonly profile: Profile;
  readonly transport: Transport;
  readonly secret: Bytes;
  readonly seed: number;
  readonly refMs: number;
  readonly probe: ConformanceProbe | undefined;
  readonly runEvidence: Evidence[];
  /** Where this scenario's event slots start (each scenario has its own range). */
  readonly slotBase: number;
}

/** Seeds per scenario and per run seed: far enough apart that no two scenarios share an event. */
const SLOT_STRIDE = 100;

/**
 * Makes the context of one scenario. Events are generated from the run's seed and the scenario's slot, so a run is
 * reproducible and no scenario's dedup key is another's.
 *
 * @internal
 */
export function createScenarioContext(input: ContextInput): ScenarioContext {
  const { profile, transport, secret, seed, refMs } = input;
  const evidence: Evidence[] = [];
  const count = input.probe === undefined ? undefined : probeCounter(input.probe, 'runConformance');
  if (typeof count === 'string') throw new SpikeKitError('INVALID_OPTION', `${count}.`, { option: 'probe' });
  return {
    profile,
    kinds: kindsOf(profile),
    seed,
    refMs,
    evidence,
    runEvidence: input.runEvidence,
    event(slot, options = {}) {
      const refDate = new Date(refMs - (options.agoMs ?? 0));
      return generate(profile, {
        seed: seed * SLOT_STRIDE * SLOT_STRIDE + input.slotBase * SLOT_STRIDE + slot,
        refDate,
        ...(options.kind === undefined ? {} : { kind: options.kind }),
        ...(options.awkward === undefined ? {} : { awkward: options.awkward }),
      } as never);
    },
    delivery(event, options = {}) {
      return buildDelivery(profile, event, { secret, timestamp: new Date(refMs), ...options });
    },
    async send(label, delivery) {
      const result = await transport.send(delivery, { timeoutMs: profile.timeoutMs });
      const item: Evidence = {
        label,
        request: { method: delivery.method, headers: delivery.headers, body: delivery.body },
        response:
          result.kind === 'response'
            ? {
                kind: 'response',
                status: result.status,
                latencyMs: result.latencyMs,
                ...(result.handlerError === undefined ? {} : { handlerError: result.handlerError }),
              }
            : {
                kind: 'network-error',
                error: result.error,
                message: result.message,
                latencyMs: result.latencyMs,
              },
      };
      evidence.push(item);
      input.runEvidence.push(item);
      return item;
    },
    probe:
      count === undefined
        ? undefined
        : async (key) => {
            const value = Number((await count(key)) ?? 0);
            if (!Number.isInteger(value) || value < 0) {
              throw new SpikeKitError(
                'INVALID_OPTION',
                `The probe answered ${String(value)} for key '${key}': it must count the side effects of that key (0, 1, 2 ...).`,
                { option: 'probe', key },
              );
            }
            return value;
          },
    keysOf: (delivery) => dedupKeys(profile, delivery.body),
  };
}

/** True when the evidence is an answer Spike counts as delivered. */
export function isAcknowledged(profile: Profile, evidence: Evidence): boolean {
  return evidence.response.kind === 'response' && isSuccessStatus(profile, evidence.response.status);
}

/** What came back, in words: `'200'`, `'no answer (timeout after 30 s)'`. */
export function answerOf(evidence: Evidence): string {
  const r = evidence.response;
  if (r.kind === 'network-error') return `no answer (${r.error}: ${r.message})`;
  return r.handlerError === undefined ? `${r.status}` : `${r.status} (the handler threw: ${r.handlerError})`;
}

/** An instant as epoch ms, for the run's reference date. @internal */
export function refMsOf(refDate: Date | string | number | undefined): number {
  return refDate === undefined ? Date.now() : toEpochMs(refDate, "runConformance's 'refDate'");
}

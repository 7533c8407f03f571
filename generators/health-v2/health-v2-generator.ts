import { invalid, listChoices, SpikeKitError } from '../../src/core/index.ts';
import type { HealthV2DataType, HealthV2Events } from '../../src/schemas/health-v2/index.ts';
import { isoUtc } from '../core/iso-time.ts';
import type { GenerationContext, PayloadGenerator } from '../core/payload-generator.ts';
import { fastUuid } from '../health/noise.ts';
import type { PersonaOption } from '../health/person.ts';
import type { Persona } from '../health/personas.ts';
import {
  isProviderSlug,
  type ProviderSlug,
  providerSlugs,
  providersRecording,
  records,
} from '../health/providers.ts';
import { checkPersonaOption, type HealthUser, userForCall } from '../health/user.ts';
import { applyAwkward } from './awkward.ts';
import { type KindSpec, v2Kinds } from './v2-kind-specs.ts';

/** The own options of `generate('spike-health-v2', ...)`. */
export interface HealthV2Options {
  /**
   * Whose data: a persona id, or `{ id, userId?, clientUserId?, timezoneOffsetMinutes?, timeZone?, providers? }`. Default:
   * drawn from the seed among the personas with a provider that records the requested `data_type`.
   */
  readonly persona?: PersonaOption;
  /**
   * The provider the data comes from (root and item `source`). It must record the `data_type` (ECG: `apple`,
   * `withings`; glucose: `dexcom`, `freestyle_libre`; stress: `garmin` ...). Default: the persona's first provider
   * that does.
   */
  readonly source?: ProviderSlug;
  /** The root `event_type`. Spike does not document its values; default {@link healthV2Defaults}. */
  readonly eventType?: string;
}

/**
 * Defaults of the v2 generator. `eventType` is a kit decision: Spike's v2 docs name the payload version
 * "RealtimeUpdateV1" but never list `event_type` values, so the kit writes `realtime_update` (contracts accept any
 * string).
 */
export const healthV2Defaults = { eventType: 'realtime_update' } as const;

const optionKeys = ['persona', 'source', 'eventType'] as const;

function checkOptions(options: HealthV2Options): void {
  checkPersonaOption(options.persona, 'persona');
  if (options.source !== undefined && !isProviderSlug(options.source)) {
    throw invalid(
      'INVALID_OPTION',
      "'source'",
      `a lower-case provider slug, ${listChoices(providerSlugs)}`,
      options.source,
      {
        details: { option: 'source', valid: providerSlugs },
      },
    );
  }
  if (options.eventType !== undefined && typeof options.eventType !== 'string') {
    throw invalid('INVALID_OPTION', "'eventType'", 'a string', options.eventType, {
      details: { option: 'eventType' },
    });
  }
}

/**
 * Typical JSON size of one event of each `data_type`, bytes, and of its `large` awkward variant: the largest of a
 * few seeds, rounded up (heart rate and ECG carry a day of samples).
 */
const typicalBytes: Readonly<Record<HealthV2DataType, readonly [normal: number, large: number]>> = {
  sleep: [3_000, 60_000],
  heart: [64_000, 800_000],
  steps: [4_000, 14_000],
  distance: [4_000, 14_000],
  calories: [6_000, 20_000],
  body: [1_000, 92_000],
  glucose: [38_000, 190_000],
  oxygen_saturation: [26_000, 26_000],
  breathing: [6_000, 20_000],
  stress: [10_000, 30_000],
  ecg: [56_000, 130_000],
  activities_stream: [18_000, 200_000],
  goals: [1_000, 1_000],
};

/** The provider a payload comes from, or a coded error explaining why no provider of this person can send it. */
function sourceOf(
  user: HealthUser,
  kind: HealthV2DataType,
  requested: ProviderSlug | undefined,
): ProviderSlug {
  if (requested !== undefined) {
    if (records(requested, kind)) return requested;
    const capable = providersRecording(kind);
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Provider '${requested}' does not record '${kind}' data: use source ${listChoices(capable)}.`,
      { option: 'source', source: requested, dataType: kind, valid: capable },
    );
  }
  const source = user.sourceFor(kind);
  if (source !== undefined) return source;
  const capable = providersRecording(kind);
  throw new SpikeKitError(
    'INVALID_OPTION',
    `Persona '${user.persona.id}' has no provider that records '${kind}' data (its providers: ${listChoices(user.providers)}): pass source ${listChoices(capable)}, or persona { id: '${user.persona.id}', providers: [...] } including one of them.`,
    { option: 'persona', persona: user.persona.id, dataType: kind, valid: capable },
  );
}

/** The latest local day whose record of this kind has reached Spike by `cutoffMs`. */
function anchorDay(user: HealthUser, spec: KindSpec<HealthV2DataType>, cutoffMs: number): number {
  const today = user.localDayOf(cutoffMs);
  for (let back = 0; back < 7; back++) {
    const day = user.day(today - back);
    if (spec.readyAt(day) <= visibleSec(day, cutoffMs)) return today - back;
  }
  return today - 1;
}

function visibleSec(day: { readonly startMs: number; readonly lengthS: number }, cutoffMs: number): number {
  return Math.min(day.lengthS, Math.floor((cutoffMs - day.startMs) / 1000));
}

/** Per data type: whether a persona has a provider that records it (worked out once per persona). */
const recordingPersonas = new Map<HealthV2DataType, (persona: Persona) => boolean>();

function recordsKind(kind: HealthV2DataType): (persona: Persona) => boolean {
  let test = recordingPersonas.get(kind);
  if (test === undefined) {
    const known = new WeakMap<Persona, boolean>();
    test = (persona) => {
      let recorded = known.get(persona);
      if (recorded === undefined) {
        recorded = persona.providers.some((slug) => records(slug, kind));
        known.set(persona, recorded);
      }
      return recorded;
    };
    recordingPersonas.set(kind, test);
  }
  return test;
}

const anyPersona = () => true;

function generateV2(kind: HealthV2DataType, options: HealthV2Options, context: GenerationContext): unknown {
  // With a source given, any persona will do (the source is checked against the kind below).
  const accepts = options.source !== undefined ? anyPersona : recordsKind(kind);
  const user = userForCall(context.root, options.persona, 0, accepts, kind);
  const source = sourceOf(user, kind, options.source);
  const spec = v2Kinds[kind] as KindSpec<HealthV2DataType>;
  const cutoffMs = context.refMs - user.syncLagMs;
  const day = user.day(anchorDay(user, spec, cutoffMs) - (context.count - 1 - context.index));
  const built = spec.build({
    day,
    source,
    untilSec: visibleSec(day, cutoffMs),
    large: context.awkward.has('large'),
  });
  const rng = context.rng;
  const eventType = options.eventType ?? healthV2Defaults.eventType;
  // The id receivers deduplicate on: the event's stream (seed, kind, item) forked by everything else that makes
  // the event another one (the person, the source, the event type, the reference date).
  const eventId = fastUuid(
    rng.fork('event-id:', user.identityKey, ':', source, ':', eventType, ':', context.refMs),
  );
  // The four draws the id used to take (unformatted), so the receive time drawn next stays as it was.
  for (let k = 0; k < 4; k++) rng.next();
  const dataEndMs = day.toMs(built.endSec);
  const received = dataEndMs + rng.int(0, Math.max(0, Math.min(1_200_000, context.refMs - dataEndMs)));
  const event = {
    event_id: eventId,
    event_type: eventType,
    timestamp: isoUtc(received),
    user_id: user.userId,
    client_user_id: user.clientUserId,
    source,
    data_type: kind,
    data: built.items as Record<string, unknown>[],
  };
  if (context.awkward.size > 0) applyAwkward(event, context.awkward, spec.core, day, rng);
  return event;
}

/**
 * The Spike API v2 payload family: one event per call (or per day with `count`), every `data_type` derived from the
 * same day model of one seeded person, so sleep, heart rate, steps, calories and workouts agree with each other.
 * With `count: n` the events cover n consecutive local days of that person, ending at the latest day whose record
 * had reached Spike by `refDate`: the reference day itself for day series (heart rate, steps ... up to the last
 * sync), the last finished night, weigh-in, ECG or workout otherwise.
 *
 * @example
 * ```ts
 * const night = generate('spike-health-v2', { kind: 'sleep', persona: 'office-worker', seed: 7 });
 * const heart = generate('spike-health-v2', { kind: 'heart', persona: 'office-worker', seed: 7 });
 * night.client_user_id === heart.client_user_id; // true: the same person
 * ```
 */
export const healthV2Generator: PayloadGenerator<HealthV2Events, HealthV2Options> = {
  optionKeys,
  checkOptions,
  typicalBytes: (kind, _options, awkward) => typicalBytes[kind][awkward.has('large') ? 1 : 0],
  generate: <K extends HealthV2DataType>(kind: K, options: HealthV2Options, context: GenerationContext) =>
    generateV2(kind, options, context) as HealthV2Events[K],
};

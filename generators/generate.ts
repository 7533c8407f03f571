import type { z } from 'zod';
import { type DateInput, listChoices, Rng, SpikeKitError } from '../src/core/index.ts';
import {
  type FamilyOf,
  getProfile,
  type PayloadFamilyId,
  type Profile,
  type ProfileId,
  type ProfileRef,
} from '../src/profiles/index.ts';
import type { Awkwardness } from './core/awkwardness.ts';
import { fakerFor } from './core/faker.ts';
import { applyOverrides, type Overrides } from './core/overrides.ts';
import type { GenerationContext } from './core/payload-generator.ts';
import { type FamilyTypes, families } from './payload-families.ts';
import { type GenericFamily, generateDefaults, resolveGenerateOptions } from './resolve-generate-options.ts';

export { generateDefaults };

/** The payload family of a profile reference. */
export type FamilyOfRef<P> = P extends ProfileId
  ? FamilyOf<P>
  : P extends Profile<infer F>
    ? F
    : PayloadFamilyId;

/** The kinds a profile generates: v2 `data_type`s, v3 `event_type`s, or form kinds. */
export type KindOf<P> = keyof FamilyTypes[FamilyOfRef<P>]['events'] & string;

/** The event type `generate` returns for a profile and kind (for v3: the array Spike posts). */
export type EventOf<P, K extends KindOf<P> = KindOf<P>> = FamilyTypes[FamilyOfRef<P>]['events'][K];

/** Options every profile's `generate` accepts. */
export interface CommonGenerateOptions<K extends string, E> {
  /** What to generate: a v2 `data_type`, a v3 `event_type` or a form kind. Default: the family's first kind. */
  readonly kind?: K;
  /**
   * Seed: the same seed and `refDate` give byte-identical output. Default: the next seed of the default sequence
   * (`generateDefaults.seed`, then +1, +2 ... for each call without a seed that passes the option checks; restart
   * it with {@link resetDefaultSeeds}), so two calls without a seed give different events, reproducibly per run.
   */
  readonly seed?: number | string;
  /** The reference instant: events happen at or shortly before it. Default {@link generateDefaults}. */
  readonly refDate?: DateInput;
  /** Generate a series of this many events (consecutive days for one user, submissions to one form ...). */
  readonly count?: number;
  /**
   * Deep-partial values (or a function) applied to each generated event. Values are judged by the schema (not by
   * the type the generator happened to draw): the result is validated unless `validate: false`. A key the schema
   * does not declare is `INVALID_OVERRIDE` unless `allowUnknownOverrideKeys`; `__proto__`, `constructor` and
   * `prototype` keys always are.
   */
  readonly overrides?: Overrides<E>;
  /** Let `overrides` add fields the schema does not declare (default false: a misspelt key is an error). */
  readonly allowUnknownOverrideKeys?: boolean;
  /** Deliberately awkward variants (unknown fields, unknown kind, null optionals, large ...). */
  readonly awkward?: Awkwardness | readonly Awkwardness[];
  /** Validate overridden events against the schema (default true; awkward events are never validated). */
  readonly validate?: boolean;
}

/** The options of {@link generate} for profile `P` and kind `K`: the common ones plus the family's own. */
export type GenerateOptions<P extends ProfileRef, K extends KindOf<P> = KindOf<P>> = CommonGenerateOptions<
  K,
  EventOf<P, K>
> &
  FamilyTypes[FamilyOfRef<P>]['options'];

let nextDefaultSeed: number = generateDefaults.seed;

/**
 * Restarts the default seed sequence of {@link generate} at `generateDefaults.seed`: the next call without a seed
 * gives what the first one of the process gave. For tests that call `generate` without a seed and want the same
 * events in every order they run.
 *
 * @example
 * ```ts
 * resetDefaultSeeds();
 * const a = generate('spike-forms');
 * resetDefaultSeeds();
 * JSON.stringify(generate('spike-forms')) === JSON.stringify(a); // true
 * ```
 */
export function resetDefaultSeeds(): void {
  nextDefaultSeed = generateDefaults.seed;
}

/**
 * Generates realistic, internally consistent Spike payloads, reproducibly: the same seed and reference date give
 * byte-identical output. `kind` picks the v2 `data_type`, v3 `event_type` or form kind; `count` returns an array.
 * Without `seed`, each call takes the next seed of a sequence starting at `generateDefaults.seed` (see
 * {@link resetDefaultSeeds}): two calls give different events, and a fresh process gives the same ones again.
 * The ids receivers deduplicate on (v2 `event_id`, forms `submissionId`) differ whenever any identity input
 * differs (seed, kind, item, persona and its ids, source, event type, form, locale, reference date ...).
 *
 * @throws {SpikeKitError} `UNKNOWN_PROFILE`, `UNKNOWN_KIND`, `UNKNOWN_PERSONA`, `INVALID_OPTION` (also when
 *   `count` events of the kind would exceed about 256 MiB of JSON) or `INVALID_OVERRIDE`, each listing what is
 *   valid.
 * @example
 * ```ts
 * import { generate } from 'spike-webhook-kit';
 * const submission = generate('spike-forms', { kind: 'contact', seed: 42, refDate: '2026-01-15T10:30:00Z' });
 * const week = generate('spike-health-v2', { kind: 'sleep', persona: 'endurance-athlete', count: 7 });
 * const batch = generate('spike-health-v3', { kind: 'record_change' }); // the array Spike posts
 * ```
 */
export function generate<const P extends ProfileRef, const K extends KindOf<P> = KindOf<P>>(
  profile: P,
  options: GenerateOptions<P, K> & { readonly count: number },
): EventOf<P, K>[];
export function generate<const P extends ProfileRef, const K extends KindOf<P> = KindOf<P>>(
  profile: P,
  options?: GenerateOptions<P, K> & { readonly count?: undefined },
): EventOf<P, K>;
export function generate(profile: ProfileRef, options: Record<string, unknown> = {}): unknown {
  const p = getProfile(profile);
  const family = families[p.payload] as (typeof families)[PayloadFamilyId] | undefined;
  if (family === undefined) {
    throw new SpikeKitError(
      'INVALID_PROFILE',
      `Profile '${p.id}' has payload family ${JSON.stringify(p.payload)}, which has no generator: use ${listChoices(Object.keys(families))}.`,
      { profile: p.id, payload: p.payload },
    );
  }
  const generic = family as unknown as GenericFamily;
  const { kind, seed, refMs, count, total, awkward, overrides, validate, allowUnknownOverrideKeys } =
    resolveGenerateOptions(p, generic, options, nextDefaultSeed);
  if (options.seed === undefined) nextDefaultSeed++;

  const root = new Rng(seed);
  const overrideOptions =
    overrides === undefined
      ? {}
      : {
          schema: generic.kindSchemas[kind] as z.ZodType,
          allowUnknownOverrideKeys,
        };
  const make = (index: number): unknown => {
    const rng = root.fork(kind, '#', index);
    const context: GenerationContext = {
      rng,
      root,
      refMs,
      index,
      count: total,
      awkward,
      faker: (locale) => fakerFor(locale, rng),
    };
    const generated = generic.generate(kind, options, context);
    if (overrides === undefined) return generated;
    const result = applyOverrides(generated, overrides, overrideOptions);
    if (validate && awkward.size === 0) {
      const issues = generic.check(result);
      if (issues.length > 0) {
        throw new SpikeKitError(
          'INVALID_OVERRIDE',
          `The overridden ${generic.kindLabel} '${kind}' event no longer matches the '${p.id}' schema:\n${issues.map((issue) => `  - ${issue}`).join('\n')}\nFix the override, or pass validate: false to generate an invalid payload on purpose.`,
          { profile: p.id, kind, issues },
        );
      }
    }
    return result;
  };
  if (count === undefined) return make(0);
  const events: unknown[] = [];
  for (let index = 0; index < total; index++) events.push(make(index));
  return events;
}

/**
 * The kinds `generate` accepts for a profile, in a stable order.
 *
 * @example
 * ```ts
 * kindsOf('spike-health-v3'); // ['record_change', 'provider_integration_created', 'provider_integration_deleted']
 * ```
 */
export function kindsOf<P extends ProfileRef>(profile: P): readonly KindOf<P>[] {
  return families[getProfile(profile).payload].kinds as readonly KindOf<P>[];
}

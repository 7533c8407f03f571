// The reference provider's message in one variant (message-variants.ts): generated or rewritten by the schema,
// cached per profile, request and variant, so verifying many interactions and variants stays fast.
import { generate } from '../../generators/index.ts';
import type { Profile } from '../profiles/index.ts';
import { contractFacts } from '../schemas/contract-facts.ts';
import { schemaVariant } from '../schemas/schema-variants.ts';
import { contractDefaults } from './contract-defaults.ts';
import { atPath, firstValueAt, REMOVE, splitPath } from './json-paths.ts';
import { isRecord } from './json-values.ts';
import { CANONICAL, type MessageVariant, messageVariants, type OtherSample } from './message-variants.ts';
import { type MessageRequest, type ProduceMessageOptions, resolveMessageRequest } from './produce-message.ts';

/** How a variant's interaction is told apart: its description ends with this. */
const VARIANT_SUFFIX = /^(.*) \[variant: ([^\]]+)\]$/s;

/** The description of `description` in `variant`. */
export function variantDescription(description: string, variant: MessageVariant): string {
  return variant === CANONICAL ? description : `${description} [variant: ${variant.id}]`;
}

/** The interaction's own description and the variant a description names (the canonical one when none). */
export function splitVariant(
  profile: Profile,
  description: string,
): { description: string; variant: MessageVariant } {
  const match = VARIANT_SUFFIX.exec(description);
  const variant = match && messageVariants[profile.payload].find((v) => v.id === match[2]);
  return variant && match
    ? { description: match[1] as string, variant }
    : { description, variant: CANONICAL };
}

/** Every variant of a profile's messages, canonical first. */
export function variantsOf(profile: Profile): readonly MessageVariant[] {
  return [CANONICAL, ...messageVariants[profile.payload]];
}

const cache = new WeakMap<Profile, Map<string, unknown>>();
const CACHE_MAX = 2000;

/**
 * The message of `request` in `variant`. A variant with generator options does not apply to an interaction that
 * sets generator options of its own (its scenario is the consumer's choice): it sends the canonical message.
 * Paths in a state's `params.present` are never omitted nor nulled.
 */
export function produceVariant(
  profile: Profile,
  request: MessageRequest,
  variant: MessageVariant,
  options: ProduceMessageOptions = {},
): unknown {
  const resolved = resolveMessageRequest(profile, request, options);
  const refDate = options.refDate ?? contractDefaults.refDate;
  const key = JSON.stringify([resolved.kind, resolved.seed, resolved.params, String(refDate), variant.id]);
  let byKey = cache.get(profile);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(profile, byKey);
  }
  if (byKey.has(key)) return byKey.get(key);
  const own = Object.keys(resolved.generator).length > 0;
  const sample = (other: OtherSample | undefined) => {
    const make = (extra: object | undefined) =>
      (generate as (p: Profile, o: object) => unknown)(profile, {
        ...resolved.generator,
        ...extra,
        kind: resolved.kind,
        seed: resolved.seed + (other?.seedOffset ?? 0),
        refDate,
      });
    if (other?.options === undefined || own) return make(undefined);
    try {
      return make(other.options);
    } catch {
      // Options a kind cannot have (a persona without a provider of that data): the other sample without them.
      return make(undefined);
    }
  };
  const [first, ...more] = variant.samples ?? [undefined];
  let generated = sample(first);
  const itemsAt = splitPath(variant.itemsAt ?? '');
  for (const other of more) {
    const items = valueAt(sample(other), itemsAt);
    if (Array.isArray(items))
      generated = atPath(generated, itemsAt, (mine) => (Array.isArray(mine) ? [...mine, ...items] : mine));
  }
  const schema = contractFacts[profile.payload].schemaFor(resolved.kind);
  const keep = stringsOf(resolved.params.present);
  let message = withPresent(generated, keep, (offset) => sample({ seedOffset: offset }));
  for (const kind of variant.schema ?? []) message = schemaVariant(schema, message, kind, { keep });
  const changes: [string, (value: unknown) => unknown][] = [];
  if (variant.openValues) {
    for (const rule of contractFacts[profile.payload].rules) {
      if (rule.treat === 'type-only' || rule.treat === 'any') changes.push([rule.path, otherValue]);
    }
  }
  for (const [path, value] of Object.entries(variant.set ?? {})) changes.push([path, () => value]);
  for (const [path, change] of changes) {
    const changed = atPath(message, splitPath(path), change);
    if (schema.safeParse(changed).success) message = changed;
  }
  // What the interaction asks to be absent is, in every variant (after the rewrites, which may omit or null it).
  for (const [path, how] of Object.entries(isRecord(resolved.params.absent) ? resolved.params.absent : {})) {
    message = atPath(message, splitPath(path), () => (how === 'null' ? null : REMOVE), how === 'null');
  }
  if (byKey.size >= CACHE_MAX) byKey.clear();
  byKey.set(key, message);
  return message;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

/** How many later seeds are tried for a value of a path the consumer requires and a sample lacks. */
const DONOR_SEEDS = 40;

/**
 * `message` with a value at each of `paths` (the consumer's `present` ones): where the sample lacks one (Spike
 * sends it only sometimes), the value of the first later sample that has it.
 */
function withPresent(
  message: unknown,
  paths: readonly string[],
  sample: (offset: number) => unknown,
): unknown {
  let out = message;
  for (const path of paths) {
    const parts = splitPath(path);
    const lacks = (v: unknown) => v === null || v === undefined;
    let lacking = false;
    atPath(
      out,
      parts,
      (v) => {
        lacking ||= lacks(v);
        return v;
      },
      true,
    );
    if (!lacking) continue;
    let donor: unknown;
    for (let i = 1; i <= DONOR_SEEDS && donor === undefined; i++) {
      const found = firstValueAt(sample(i), parts);
      if (!lacks(found)) donor = found;
    }
    if (donor !== undefined) out = atPath(out, parts, (v) => (lacks(v) ? donor : v), true);
  }
  return out;
}

function valueAt(value: unknown, parts: readonly string[]): unknown {
  let at = value;
  for (const part of parts) at = isRecord(at) ? at[part] : undefined;
  return at;
}

/** Another value of the same JSON type. */
function otherValue(value: unknown): unknown {
  if (typeof value === 'string') return `other_${value}`;
  if (typeof value === 'number') return value + 1;
  return value;
}

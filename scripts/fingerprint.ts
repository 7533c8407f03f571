// The kit's output fingerprint: sha256 hashes over thousands of generated payloads, signed deliveries and simulated
// timelines across every profile and kind. A change of shape must leave them byte-identical.
//   node scripts/fingerprint.ts           print the hashes
//   node scripts/fingerprint.ts --write   record them in test/golden/fingerprint.json
//   node scripts/fingerprint.ts --check   exit 1 when they differ from the recorded ones
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  bodyStyles,
  buildDelivery,
  generate,
  kindsOf,
  localeIds,
  personaIds,
  profileIds,
  profiles,
  simulate,
} from '../src/index.ts';

const goldenPath = new URL('../test/golden/fingerprint.json', import.meta.url);
const SEEDS = 25;
const SECRET = 'whsec_fingerprint';

function digest(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('hex');
}

// biome-ignore lint/suspicious/noExplicitAny: the fingerprint calls generate across every profile generically.
const rawGenerate = generate as (profile: string, options: Record<string, any>) => unknown;

// A combination a profile refuses (a persona without the kind's providers ...) counts by its error code.
// biome-ignore lint/suspicious/noExplicitAny: as above.
function gen(profile: string, options: Record<string, any>): unknown {
  try {
    return rawGenerate(profile, options);
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

function* payloads(profile: string): Generator<string> {
  const family = profiles[profile as keyof typeof profiles].payload;
  for (const kind of kindsOf(profile as never)) {
    for (let seed = 1; seed <= SEEDS; seed++) {
      yield JSON.stringify(gen(profile, { kind, seed }));
      yield JSON.stringify(
        gen(profile, { kind, seed: `s${seed}`, refDate: '2026-07-04T03:00:00Z', count: 3 }),
      );
    }
    if (family.startsWith('health')) {
      for (const persona of personaIds) yield JSON.stringify(gen(profile, { kind, persona, seed: 7 }));
    } else {
      for (const locale of localeIds) yield JSON.stringify(gen(profile, { kind, locale, seed: 7 }));
    }
    for (const awkward of [
      'unknown-fields',
      'unknown-kind',
      'empty-optionals',
      'null-optionals',
      'minimal',
    ]) {
      yield JSON.stringify(gen(profile, { kind, awkward, seed: 3 }));
    }
  }
}

function* deliveries(profile: string): Generator<string> {
  for (const kind of kindsOf(profile as never)) {
    for (let seed = 1; seed <= 4; seed++) {
      const event = gen(profile, { kind, seed });
      for (const bodyStyle of bodyStyles) {
        const delivery = buildDelivery(profile as never, event, {
          secret: SECRET,
          bodyStyle,
          timestamp: '2026-01-15T10:30:00Z',
        });
        yield JSON.stringify(delivery.headers);
        yield Buffer.from(delivery.body).toString('base64');
      }
    }
  }
}

const scripts = [[], [500], [500, 'timeout'], ['reset', 503, 'lost-ack'], ['lost-ack'], [429, 429, 429, 429]];

async function timelines(profile: string): Promise<string> {
  const parts: string[] = [];
  for (const faults of scripts) {
    for (const status of [200, 204, 503]) {
      const fetch = async (request: Request) => {
        await request.arrayBuffer();
        return new Response(null, { status });
      };
      const result = await simulate({
        profile: profile as never,
        target: { fetch },
        event: gen(profile, { seed: 5 }),
        secret: SECRET,
        faults: faults as never,
        seed: 9,
      });
      parts.push(result.toString());
      parts.push(JSON.stringify(result.events.map((e) => [e.outcome, e.attempts.map((a) => a.atMs)])));
    }
  }
  return digest(parts);
}

async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const profile of profileIds) {
    out[`${profile} payloads`] = digest(payloads(profile));
    out[`${profile} deliveries`] = digest(deliveries(profile));
    out[`${profile} timelines`] = await timelines(profile);
  }
  return out;
}

const mode = process.argv[2];
const current = await fingerprint();
const text = `${JSON.stringify(current, null, 2)}\n`;
if (mode === '--write') {
  writeFileSync(goldenPath, text);
  console.log(`wrote ${goldenPath.pathname}`);
} else if (mode === '--check') {
  const recorded = JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, string>;
  const changed = Object.keys({ ...recorded, ...current }).filter((key) => recorded[key] !== current[key]);
  if (changed.length > 0) {
    console.error(`fingerprint changed: ${changed.join(', ')}`);
    process.exit(1);
  }
  console.log(`fingerprint unchanged (${Object.keys(current).length} hashes)`);
} else {
  process.stdout.write(text);
}

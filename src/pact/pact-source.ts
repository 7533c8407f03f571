import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { invalid, SpikeKitError } from '../core/index.ts';
import { type Profile, profiles } from '../profiles/index.ts';
import { type BrokerVerificationOptions, verifierBrokerOptions } from './broker-verification.ts';
import { canonicalPactFile, canonicalPolicyPactFile, type Framing } from './canonical-pact-files.ts';
import { fetchPactUrl, probeBroker } from './fetch-pact-source.ts';
import { webhookVerifierOptions } from './webhook-verification.ts';

/** What a verification is given, and how to read it. */
export interface PactSourceOptions {
  readonly profile: Profile;
  readonly framing: Framing;
  readonly provider: string;
  readonly pactUrls: readonly string[] | undefined;
  readonly broker: BrokerVerificationOptions | true | undefined;
  /** How long a pact URL or the broker may take to answer, ms. */
  readonly timeoutMs: number;
  /** With the canonical HTTP contract, also its kit-policy contract (default true). Not applied to given pacts. */
  readonly policy?: boolean;
  /** Interactions under this provider state are left out (and said so in `notices`). */
  readonly skip?: { readonly state: string; readonly reason: string };
  /**
   * Each interaction becomes these (e.g. one per variant of a message): the pacts are verified from rewritten
   * copies, folders read file by file. Not applied to a broker's pacts, which Pact fetches itself.
   */
  readonly expand?: (interaction: Record<string, unknown>) => readonly Record<string, unknown>[];
}

/** The Verifier's source options, the notices to put in the report, and the temp folder to remove. */
export interface PactSource {
  readonly verifier: Record<string, unknown>;
  /** Where the pacts come from, for messages. */
  readonly origin: string;
  readonly notices: readonly string[];
  /** True when interactions under `skip.state` may still be replayed (a broker's pacts cannot be filtered). */
  readonly unfiltered: boolean;
  /**
   * The pacts given by `pactUrls`, as read (before any filtering or expansion), for checks of their own (the
   * AsyncAPI check of `verifyMessages`). Empty for the canonical contract and for a broker's selected pacts.
   */
  readonly given: readonly { readonly source: string; readonly json: Readonly<Record<string, unknown>> }[];
  /** Removes the temp folder the source used, if any. Call it in `finally`. */
  cleanup(): void;
}

type PactInteraction = { providerStates?: { name?: unknown }[]; providerState?: unknown };

/** A parsed pact and its list of interactions (`messages` in a V3 message pact). */
interface ParsedPact {
  readonly json: Record<string, unknown>;
  readonly key: 'interactions' | 'messages';
  readonly interactions: readonly PactInteraction[];
}

/**
 * Where the pacts come from: given files or URLs, a broker, the broker's pact URLs of a webhook (`pactUrls` with
 * `broker`: verified as given, results published to the broker), or the canonical contract of a profile (generated into
 * a temp folder for a custom profile). Every file and URL is read first, within `timeoutMs`, so that a missing,
 * malformed or empty source is a coded error naming it (never "0 of 0 interactions"); interactions under
 * `skip.state` are left out through a filtered copy in a temp folder, which `cleanup()` removes.
 */
export async function pactSource(options: PactSourceOptions): Promise<PactSource> {
  const { profile, framing, provider, pactUrls, broker, timeoutMs, skip, expand } = options;
  const policy = framing === 'http' && options.policy !== false;
  let temp: string | undefined;
  const tempDir = () => {
    temp ??= mkdtempSync(join(tmpdir(), 'spike-pacts-'));
    return temp;
  };
  const cleanup = () => {
    if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
    temp = undefined;
  };
  try {
    if (broker !== undefined && pactUrls !== undefined) {
      // Webhook-triggered: verify the pacts the broker's webhook names, publish the results to them.
      const options = broker === true ? {} : broker;
      const verifier = webhookVerifierOptions(provider, pactUrls, options);
      const given = [];
      for (const url of pactUrls)
        given.push({ source: url, json: parsePact(await fetchPactUrl(url, options, timeoutMs), url).json });
      return { verifier, origin: pactUrls.join(', '), notices: [], unfiltered: true, given, cleanup };
    }
    if (broker !== undefined) {
      const verifier = verifierBrokerOptions(provider, broker === true ? {} : broker);
      const url = verifier.pactBrokerUrl as string;
      await probeBroker(url, broker === true ? {} : broker, timeoutMs);
      return {
        verifier,
        origin: `the Pact Broker at ${url}`,
        notices: [],
        unfiltered: true,
        given: [],
        cleanup,
      };
    }
    let sources: string[];
    if (pactUrls !== undefined) {
      if (!Array.isArray(pactUrls) || pactUrls.length === 0) {
        throw invalid('INVALID_OPTION', "'pactUrls'", 'a non-empty list of pact files or URLs', pactUrls, {
          details: { option: 'pactUrls' },
        });
      }
      pactUrls.forEach((source: unknown, i) => {
        if (typeof source !== 'string' || source.trim() === '') {
          throw invalid('INVALID_OPTION', `'pactUrls[${i}]'`, 'a pact file path or an http(s) URL', source, {
            details: { option: 'pactUrls' },
          });
        }
      });
      sources = [...pactUrls];
    } else {
      const builtIn = (profiles as Readonly<Record<string, Profile>>)[profile.id] === profile;
      const canonical = builtIn
        ? [canonicalPactFile(profile, framing), ...(policy ? [canonicalPolicyPactFile(profile)] : [])]
        : [];
      if (canonical.length > 0 && canonical.every((f) => existsSync(f))) sources = canonical;
      else {
        const { writeProfileContracts } = await import('./write-profile-contracts.ts');
        const written = await writeProfileContracts(profile, { framings: [framing], dir: tempDir(), policy });
        sources = written.map((w) => w.file);
      }
    }
    const files: string[] = [];
    const given: { source: string; json: Record<string, unknown> }[] = [];
    const notices: string[] = [];
    const origin = sources.length === 1 ? String(sources[0]) : sources.join(', ');
    let skipped = 0;
    for (const [i, source] of sources.entries()) {
      const remote = /^https?:\/\//i.test(source);
      let text: string;
      if (remote) text = await fetchPactUrl(source, undefined, timeoutMs);
      else {
        if (!existsSync(source)) {
          throw invalid(
            'INVALID_OPTION',
            `'pactUrls[${i}]'`,
            'an existing pact file or an http(s) URL',
            source,
            {
              details: { option: 'pactUrls', source },
              hint: `No file at ${source}: check the path (relative paths are read from ${process.cwd()}).`,
            },
          );
        }
        if (statSync(source).isDirectory()) {
          // A folder of pacts: Pact reads it (an empty one fails the "verified nothing" check), unless expanded.
          if (expand === undefined) files.push(source);
          else sources.push(...pactFilesIn(source));
          continue;
        }
        text = readFileSync(source, 'utf8');
      }
      const pact = parsePact(text, source);
      if (pactUrls !== undefined) given.push({ source, json: pact.json });
      const filtered: readonly PactInteraction[] =
        skip === undefined
          ? pact.interactions
          : pact.interactions.filter((i) => !statesOf(i).includes(skip.state));
      skipped += pact.interactions.length - filtered.length;
      if (filtered.length === 0) continue;
      const kept =
        expand === undefined ? filtered : filtered.flatMap((i) => expand(i as Record<string, unknown>));
      if (!remote && expand === undefined && kept.length === pact.interactions.length) {
        files.push(source);
        continue;
      }
      const copy = join(tempDir(), `${i}-${basename(new URL(source, 'file:///').pathname) || 'pact.json'}`);
      writeFileSync(copy, JSON.stringify({ ...pact.json, [pact.key]: kept }));
      files.push(copy);
    }
    if (skip !== undefined && skipped > 0) {
      notices.push(
        `skipped ${skipped} interaction${skipped === 1 ? '' : 's'} under the state '${skip.state}': ${skip.reason}`,
      );
    }
    if (files.length === 0) {
      throw new SpikeKitError(
        'PACT_FAILED',
        `Nothing to verify in ${origin}: every interaction was skipped (${notices.join('; ')}).`,
        { source: origin, notices },
      );
    }
    return { verifier: { provider, pactUrls: files }, origin, notices, unfiltered: false, given, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** The pact files (`*.json`) in a folder, sorted. */
function pactFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** The provider-state names of a pact interaction (V3/V4 `providerStates`, V2 `providerState`). */
function statesOf(interaction: PactInteraction): string[] {
  if (Array.isArray(interaction.providerStates)) {
    return interaction.providerStates.map((s) => s?.name).filter((n): n is string => typeof n === 'string');
  }
  return typeof interaction.providerState === 'string' ? [interaction.providerState] : [];
}

/**
 * A pact file's JSON, checked to have interactions.
 *
 * @throws {SpikeKitError} `PACT_FAILED` naming `source` when it is not JSON, not a pact, or has no interactions.
 */
function parsePact(text: string, source: string): ParsedPact {
  const fail = (reason: string, cause?: unknown) =>
    new SpikeKitError(
      'PACT_FAILED',
      `The pact source ${source} ${reason}: nothing was verified.`,
      { source },
      cause === undefined ? undefined : { cause },
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const start = text.trimStart().slice(0, 1);
    throw fail(
      start === '<'
        ? 'is an HTML or XML page, not a pact file'
        : `is not valid JSON (${(error as Error).message})`,
      error,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw fail('is not a pact (not a JSON object)');
  const record = json as Record<string, unknown>;
  const key =
    record.interactions === undefined && Array.isArray(record.messages) ? 'messages' : 'interactions';
  const interactions = record[key];
  if (!Array.isArray(interactions)) throw fail("is not a pact (it has no 'interactions' list)");
  if (interactions.length === 0) throw fail(`has no ${key}`);
  return { json: record, key, interactions: interactions as PactInteraction[] };
}

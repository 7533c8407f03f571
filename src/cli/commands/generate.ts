// `spike-webhook-kit generate <profile> [kind]`: realistic events as JSON, NDJSON for several; seeded, so the same
// flags print the same bytes.
import {
  type Awkwardness,
  awkwardnesses,
  families,
  generate,
  generateDefaults,
  kindsOf,
  localeIds,
  personaIds,
} from '../../../generators/index.ts';
import { listChoices, SpikeKitError } from '../../core/index.ts';
import { getProfile, type ProfileRef, profileIds } from '../../profiles/index.ts';
import type { CliCommand } from '../cli-command.ts';
import { profileHelp } from '../endpoint-options.ts';
import { collectList, parseSeed, wholeNumber } from '../option-parsers.ts';

/** The family options a flag sets, by flag name. */
const familyFlags = { persona: 'persona', locale: 'locale' } as const;

/** Lines written per `write` call for NDJSON. */
const LINES_PER_WRITE = 500;

/**
 * The `generate` command: one event as JSON (`--pretty` indents it), or `--count` events as NDJSON, one per line.
 *
 * @example
 * ```ts
 * await main(['generate', 'spike-health-v2', 'sleep', '--persona', 'shift-worker', '--seed', '7']);
 * ```
 */
export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'print realistic Spike events as JSON (NDJSON with --count)',
  description:
    'Prints a realistic Spike event as JSON: for spike-health-v3, the array Spike posts. With --count above 1, one event per line (NDJSON), a consistent series (days of one person, submissions to one form). The same flags print the same bytes.',
  examples: [
    'spike-webhook-kit generate spike-forms contact --seed 42',
    'spike-webhook-kit generate spike-health-v2 sleep --persona endurance-athlete --count 7',
    'spike-webhook-kit generate spike-forms feedback --locale de --awkward unknown-fields,null-optionals',
  ],
  configure: (command) =>
    command
      .argument('<profile>', profileHelp)
      .argument(
        '[kind]',
        "the event kind (a v2 data_type, a v3 event_type, a form kind); default the profile's first",
      )
      .option(
        '--seed <seed>',
        'seed: a number or a string; the same seed gives the same bytes',
        parseSeed,
        generateDefaults.seed,
      )
      .option('--count <n>', 'how many events (printed as NDJSON when above 1)', wholeNumber(1, 100_000), 1)
      .option('--persona <id>', `health profiles: whose data, one of ${personaIds.join(', ')}`)
      .option(
        '--locale <id>',
        `form profiles: the language of names, emails and texts, one of ${localeIds.join(', ')}`,
      )
      .option('--ref-date <date>', 'the instant the events happen at or shortly before (ISO 8601)')
      .option(
        '--awkward <variant>',
        `awkward on purpose, repeatable or comma-separated: ${awkwardnesses.join(', ')}`,
        collectList,
      )
      .option('--pretty', 'indent the JSON (one event only)')
      .addHelpText(
        'after',
        () => `\nKinds:\n${profileIds.map((id) => `  ${id}: ${kindsOf(id).join(', ')}`).join('\n')}`,
      ),
  run: ({ args, options, io }) => {
    const profile = getProfile(args[0] as string);
    const kind = args[1] as string | undefined;
    const count = options.count as number;
    if (options.pretty === true && count > 1)
      throw new SpikeKitError(
        'INVALID_OPTION',
        '--pretty prints one event: drop it, or --count, for NDJSON.',
        {
          option: 'pretty',
        },
      );
    const generateOptions: Record<string, unknown> = {
      seed: options.seed,
      ...(kind === undefined ? {} : { kind }),
      ...(count > 1 ? { count } : {}),
      ...(options.refDate === undefined ? {} : { refDate: options.refDate }),
      ...(options.awkward === undefined ? {} : { awkward: checkAwkward(options.awkward as string[]) }),
    };
    for (const [flag, key] of Object.entries(familyFlags)) {
      const value = options[flag];
      if (value === undefined) continue;
      checkFamilyOption(profile.id, key);
      generateOptions[key] = value;
    }
    const generated = generate(profile as ProfileRef, generateOptions as never) as unknown;
    if (count === 1) {
      io.stdout.write(`${JSON.stringify(generated, null, options.pretty === true ? 2 : undefined)}\n`);
      return 0;
    }
    const events = generated as unknown[];
    for (let i = 0; i < events.length; i += LINES_PER_WRITE) {
      const lines = events.slice(i, i + LINES_PER_WRITE).map((event) => `${JSON.stringify(event)}\n`);
      io.stdout.write(lines.join(''));
    }
    return 0;
  },
};

function checkAwkward(values: readonly string[]): Awkwardness[] {
  for (const value of values) {
    if (!(awkwardnesses as readonly string[]).includes(value))
      throw new SpikeKitError(
        'INVALID_OPTION',
        `--awkward ${JSON.stringify(value)} is not a variant: use ${listChoices(awkwardnesses)} (repeat the flag or separate them with commas).`,
        { option: 'awkward', valid: awkwardnesses },
      );
  }
  return values as Awkwardness[];
}

/** A family option for a profile whose generator does not take it: say which profiles do. */
function checkFamilyOption(profileId: string, key: string): void {
  const takes = (id: string) =>
    (families[getProfile(id).payload].optionKeys as readonly string[]).includes(key);
  if (takes(profileId)) return;
  const those = profileIds.filter(takes);
  throw new SpikeKitError(
    'INVALID_OPTION',
    `--${key} does not apply to ${profileId} events: it is an option of ${those.length > 0 ? listChoices(those) : 'no profile'}.`,
    { option: key, profiles: those },
  );
}

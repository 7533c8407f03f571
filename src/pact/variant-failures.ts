// Reading a verification of message variants back: one outcome per interaction, failed by the first variant that
// broke it, said in words ("Spike may omit `data[*].average_hrv` (variant: minimal)").
import type { Profile } from '../profiles/index.ts';
import type { MessageVariant } from './message-variants.ts';
import { splitVariant, variantsOf } from './produce-variant.ts';
import type { InteractionOutcome, OutcomeRewrite } from './verification-report.ts';

/**
 * The rewrite that folds the outcomes of an interaction's variants into one outcome: `ok` when every variant
 * passed, else the outcome of the first variant (in {@link variantsOf} order) that failed, its mismatches led by
 * what Spike may send in words.
 *
 * @example
 * ```ts
 * passedReport(what, origin, output, notices, collapseVariants(profile));
 * ```
 */
export function collapseVariants(profile: Profile): OutcomeRewrite {
  const order = variantsOf(profile);
  return (outcomes) => {
    const groups = new Map<string, { description: string; runs: [MessageVariant, InteractionOutcome][] }>();
    for (const outcome of outcomes) {
      const { description, variant } = splitVariant(profile, outcome.description);
      const key = JSON.stringify([outcome.consumer, outcome.provider, description]);
      let group = groups.get(key);
      if (group === undefined) {
        group = { description, runs: [] };
        groups.set(key, group);
      }
      group.runs.push([variant, outcome]);
    }
    return [...groups.values()].map(({ description, runs }) => {
      runs.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      const failed = runs.find(([, outcome]) => !outcome.ok);
      const [variant, outcome] = failed ?? (runs[0] as [MessageVariant, InteractionOutcome]);
      if (failed === undefined || variant.id === 'canonical') return { ...outcome, description };
      const words = [...new Set(outcome.mismatches.map((m) => inWords(m, variant)))];
      return { ...outcome, description, variant: variant.id, mismatches: [...words, ...outcome.mismatches] };
    });
  };
}

/** One of Pact's mismatches (`$.data[0]: Actual map is missing ...`) as what Spike may send, in words. */
function inWords(mismatch: string, variant: MessageVariant): string {
  const match = /^(\$[^:\s]*): ([\s\S]*)$/.exec(mismatch);
  const where = variantWords(variant);
  if (match === null) return `Spike may send otherwise (${where}): ${mismatch}`;
  const path = readablePath(match[1] as string);
  const text = match[2] as string;
  const missing = /missing the following keys: (.+)/i.exec(text);
  if (missing !== null) {
    const keys = (missing[1] as string).split(/,\s*/).map((k) => `\`${path ? `${path}.` : ''}${k.trim()}\``);
    return `Spike may omit ${keys.join(', ')} (${where})`;
  }
  const at = `\`${path || '(the body)'}\``;
  if (/^Expected null\b|\bnull \(Null\)/.test(text)) return `Spike may send ${at} as null (${where})`;
  if (/minimum size|to have (at least|a minimum)/i.test(text))
    return `Spike may send fewer items at ${at} (${where})`;
  return `Spike may send another value at ${at} (${where}): ${text}`;
}

function variantWords(variant: MessageVariant): string {
  return `variant: ${variant.id}, ${variant.words}`;
}

/** `$.data[0].x` -> `data[*].x`; `$[1]` -> `[*]`. */
function readablePath(path: string): string {
  return path
    .replace(/^\$\.?/, '')
    .replace(/\[\d+\]/g, '[*]')
    .replace(/^\./, '');
}

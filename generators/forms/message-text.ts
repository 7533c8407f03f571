import type { Rng } from '../../src/core/index.ts';
import { fill } from './fill-template.ts';
import type { Scene, Submitter } from './kind-spec.ts';
import type { Person } from './person.ts';
import type { Sentiment } from './phrases/book.ts';

// The texts submitters write: messages in their language, names in file names.

/** The other placeholders a message may name (left as written when not given). */
interface MessageVars {
  readonly company?: string;
  readonly position?: string;
  readonly size?: string;
}
const NO_VARS: MessageVars = {};

/** Fills `{first}`, `{last}`, `{name}` with the person's names, and `{company}`, `{position}`, `{size}` when given. */
export function say(template: string, who: Person, vars: MessageVars = NO_VARS): string {
  return fill(template, {
    first: who.first[0],
    last: who.lastName,
    name: who.fullName,
    company: vars.company,
    position: vars.position,
    size: vars.size,
  });
}

const EMOJI: Readonly<Record<Sentiment | 'ask', readonly string[]>> = {
  positive: ['🙂', '😊', '👍', '🙌', '🎉', '❤️', '🚀'],
  mixed: ['🤔', '🙂', '😅'],
  negative: ['😕', '😞', '🙁', '😤'],
  ask: ['🙏', '🙂', '👋'],
};
/** Sometimes ends `text` with an emoji of the mood. */
export function emoji(rng: Rng, text: string, mood: Sentiment | 'ask', p: number): string {
  return rng.bool(p) ? `${text} ${rng.pick(EMOJI[mood])}` : text;
}

/**
 * A message: maybe a greeting, the body, maybe a sign-off with the sender's name. After a greeting ending in a
 * comma, languages that go on in lower case (German) do: `Hallo,\n\nich habe ...`.
 */
export function letter(scene: Scene<unknown>, body: string): string {
  const { rng, book, who } = scene;
  const parts: string[] = [];
  const greeting = rng.bool(0.55) ? rng.pick(book.greetings) : undefined;
  let text = say(body, who.person, { company: who.company?.name ?? '' });
  if (greeting !== undefined) {
    parts.push(greeting);
    if (greeting.endsWith(',')) text = afterGreeting(text, book.capitalAfterGreeting);
  }
  parts.push(emoji(rng, text, 'ask', 0.12));
  if (rng.bool(0.5)) parts.push(say(rng.pick(book.closings), who.person));
  return parts.join('\n\n');
}

/** `text` as it goes on after a greeting's comma: its first word lower-cased, unless `keep` lists it (or unset). */
function afterGreeting(text: string, keep: readonly string[] | undefined): string {
  if (keep === undefined) return text;
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (first === '' || keep.includes(first)) return text;
  return `${first.toLowerCase()}${text.slice(first.length)}`;
}

/** The name as people write it in a file name: family name first and unspaced in Japanese and Korean. */
export function fileName({ person, data }: Submitter): string {
  return data.familyFirst
    ? `${person.lastName}${person.first[0]}`
    : `${person.first[0]}_${person.lastName.replace(/ /g, '_')}`;
}

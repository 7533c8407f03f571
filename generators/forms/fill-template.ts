import { phraseSlug } from './url-slug.ts';

/** Templates split once into literal parts (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, readonly string[]>();

/**
 * Fills the `{placeholders}` of a template; unknown ones stay as they are. Templates come from the phrasebooks (a
 * fixed set), so each is parsed once.
 *
 * @example
 * ```ts
 * fill('{brand} Summit {year}', { brand: 'Kraus', year: '2026' }); // 'Kraus Summit 2026'
 * ```
 */
export function fill(template: string, vars: Readonly<Record<string, string | undefined>>): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const token = parts[i] as string;
    out += (vars[token] ?? `{${token}}`) + (parts[i + 1] as string);
  }
  return out;
}

/**
 * The URL slug of `fill(template, vars)` put together from the slugs of the values (`slugs[name]` is
 * `urlSlug(vars[name])`) and of the template's own words, without reading the filled text again; `undefined` when a
 * placeholder touches a letter or digit of the template (a word of the filled text could run across it), and then
 * the caller slugs the text.
 *
 * @example
 * ```ts
 * filledSlug('{event} Registration', { event: 'kraus-summit-2026' }); // 'kraus-summit-2026-registration'
 * filledSlug('{brand}s Day', { brand: 'kraus' });                    // undefined: 'Krauss' would be one word
 * ```
 */
export function filledSlug(
  template: string,
  slugs: Readonly<Record<string, string | undefined>>,
): string | undefined {
  let parts = slugParts.get(template);
  if (parts === undefined) {
    parts = compileSlug(template);
    slugParts.set(template, parts);
  }
  if (parts === null) return undefined;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    // Literal slugs at even indexes, placeholder names at odd ones (a placeholder without a value stays in the
    // text as `{name}`, whose slug is the name's).
    const piece = parts[i] as string;
    const slug = i % 2 === 0 ? piece : (slugs[piece] ?? phraseSlug(`{${piece}}`));
    if (slug !== '') out = out === '' ? slug : `${out}-${slug}`;
  }
  return out;
}
const slugParts = new Map<string, readonly string[] | null>();

/** The slugs of a template's literal parts between its placeholder names, or `null` if a placeholder touches a word. */
function compileSlug(template: string): readonly string[] | null {
  const parts = template.split(/\{(\w+)\}/);
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1] as string;
    const after = parts[i + 1] as string;
    const apartBefore = before === '' ? i === 1 : separates(before.charCodeAt(before.length - 1));
    const apartAfter = after === '' ? i === parts.length - 2 : separates(after.charCodeAt(0));
    if (!apartBefore || !apartAfter) return null;
  }
  return parts.map((part, i) => (i % 2 === 0 ? phraseSlug(part) : part));
}

/** An ASCII character that is not a letter or a digit: it ends a word whatever stands beside it. */
function separates(code: number): boolean {
  const lower = code | 32;
  return code < 128 && !(lower >= 97 && lower <= 122) && !(code >= 48 && code <= 57);
}

/** A template prepared by {@link compileTemplate}: literals, and the positions of the values its placeholders name. */
export type CompiledTemplate = readonly (string | number)[];

/**
 * Prepares a template whose values are given by position (`names[i]` is the placeholder of `values[i]`), for a hot
 * path that writes it often ({@link writeTemplate}); placeholders not in `names` stay as they are, as in {@link fill}.
 *
 * @example
 * ```ts
 * const domain = compileTemplate('{l}-{s}', ['l', 's']);
 * writeTemplate(domain, ['kraus', 'logistik']); // 'kraus-logistik'
 * ```
 */
export function compileTemplate(template: string, names: readonly string[]): CompiledTemplate {
  return template.split(/(\{\w+\})/).map((piece) => {
    const index = piece.startsWith('{') ? names.indexOf(piece.slice(1, -1)) : -1;
    return index >= 0 ? index : piece;
  });
}

/** Writes a {@link compileTemplate} template with its values by position. */
export function writeTemplate(template: CompiledTemplate, values: readonly string[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const piece = template[i] as string | number;
    out += typeof piece === 'string' ? piece : (values[piece] as string);
  }
  return out;
}

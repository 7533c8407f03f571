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

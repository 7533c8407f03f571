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

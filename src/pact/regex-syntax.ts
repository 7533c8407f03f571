// Regular expressions that Pact's core (Rust `regex`) and JavaScript both read.
import { invalid } from '../core/index.ts';

/** `text` with every regular-expression metacharacter escaped (valid in JS and Rust regexes). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * A JS regular expression in the Rust `regex` syntax Pact's core uses, or `undefined` when it relies on what
 * Rust lacks (lookaround, backreferences).
 *
 * @example
 * ```ts
 * toRustRegex(/^a\/b$/i); // '(?i)^a/b$'
 * toRustRegex(/^(?!_)\w+$/); // undefined: Rust has no lookahead
 * toRustRegex(/^\d{4}$/); // '^[0-9]{4}$': Rust's `\d` is any Unicode digit
 * ```
 */
export function toRustRegex(pattern: RegExp): string | undefined {
  if (!(pattern instanceof RegExp))
    throw invalid('INVALID_OPTION', 'toRustRegex(pattern)', 'a RegExp', pattern);
  const source = pattern.source;
  if (/\(\?<?[=!]/.test(source) || /\\[1-9]/.test(source) || /\\k</.test(source)) return undefined;
  const translated = asciiDigits(source)
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, '\\x{$1}')
    .replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}')
    .replace(/\\\//g, '/');
  const flags = [...pattern.flags].filter((f) => f === 'i' || f === 'm' || f === 's').join('');
  return flags ? `(?${flags})${translated}` : translated;
}

/**
 * `source` with `\d` written `[0-9]` (`0-9` inside a class) and `\D` written `[^0-9]`: in Rust's `regex` `\d` is
 * any Unicode decimal digit (`٣` too), in JavaScript only ASCII.
 */
function asciiDigits(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (next === 'D' && !inClass) out += '[^0-9]';
      else out += c + next;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

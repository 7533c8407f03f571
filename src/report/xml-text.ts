// Text for XML 1.0: markup characters escaped, and the characters XML 1.0 cannot hold at all (control characters,
// lone surrogates, U+FFFE, U+FFFF) written as visible `\uXXXX` so a reader's parser never fails on a body's bytes.

/** Every character XML 1.0 cannot hold, by code point. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function visible(text: string): string {
  return text.replace(
    notXml,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * Text content of an element: `&`, `<`, `>` escaped (so `]]>` cannot appear), carriage returns kept as `&#13;`.
 *
 * @example
 * ```ts
 * xmlText('a < b && ]]>'); // 'a &lt; b &amp;&amp; ]]&gt;'
 * ```
 * @internal
 */
export function xmlText(text: string): string {
  return visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * An attribute value (for double quotes): as {@link xmlText}, plus quotes, tabs and line breaks as references, so a
 * parser's attribute normalisation keeps them.
 *
 * @example
 * ```ts
 * xmlAttribute('say "hi"\nthen go'); // 'say &quot;hi&quot;&#10;then go'
 * ```
 * @internal
 */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

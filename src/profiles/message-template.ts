import { invalid, showValue } from '../core/index.ts';

/** One part of a compiled signed-message template. */
export type MessagePart =
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'body' }
  | { readonly type: 'timestamp' }
  | { readonly type: 'field'; readonly path: readonly string[] };

const TOKEN = /\{([^{}]*)\}/g;

/**
 * Compiles a signed-message template such as `'{timestamp}.{body}'` into its parts.
 *
 * @throws {SpikeKitError} `INVALID_PROFILE` for an unknown token, an empty template or one that is not a string.
 * @example
 * ```ts
 * compileMessageTemplate('{field:event_id}'); // [{ type: 'field', path: ['event_id'] }]
 * ```
 */
export function compileMessageTemplate(template: string): readonly MessagePart[] {
  if (typeof template !== 'string') {
    throw invalid('INVALID_PROFILE', 'A signed-message template', "a string such as '{body}'", template, {
      details: { template },
    });
  }
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ type: 'literal', text: template.slice(last, match.index) });
    parts.push(parseToken(match[1] ?? '', template));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ type: 'literal', text: template.slice(last) });
  if (!parts.some((part) => part.type !== 'literal')) {
    throw invalid(
      'INVALID_PROFILE',
      'A signed-message template',
      'one that signs part of the delivery',
      template,
      { details: { template }, hint: "Use '{body}', '{timestamp}' or '{field:<name>}'." },
    );
  }
  return parts;
}

function parseToken(token: string, template: string): MessagePart {
  if (token === 'body') return { type: 'body' };
  if (token === 'timestamp') return { type: 'timestamp' };
  if (token.startsWith('field:') && token.length > 'field:'.length) {
    const path = token.slice('field:'.length).split('.');
    if (path.every((segment) => segment.length > 0)) return { type: 'field', path };
  }
  throw invalid(
    'INVALID_PROFILE',
    `A token of signed-message template ${showValue(template)}`,
    '{body}, {timestamp} or {field:<dot.path>}',
    `{${token}}`,
    { details: { template, token } },
  );
}

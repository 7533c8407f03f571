import type { z } from 'zod';
import { SpikeKitError } from '../core/index.ts';

/** Parse helpers for one payload schema. */
export interface PayloadParser<T> {
  /** Returns the typed payload, or throws `INVALID_PAYLOAD` listing every problem with its path. */
  readonly parse: (input: unknown) => T;
  /** Returns `{ ok: true, value }` or `{ ok: false, issues }`; never throws. */
  readonly safeParse: (input: unknown) => { ok: true; value: T } | { ok: false; issues: string[] };
  /** Readable problems with `input` (empty when valid). */
  readonly check: (input: unknown) => string[];
}

/**
 * Builds {@link PayloadParser} helpers for a zod schema, with messages such as
 * `data[0].total_sleep: expected number, received string`.
 *
 * @example
 * ```ts
 * const { parse } = createParser(formsSubmissionSchema, 'Spike Forms submission');
 * const submission = parse(JSON.parse(rawBody));
 * ```
 */
export function createParser<S extends z.ZodType>(schema: S, name: string): PayloadParser<z.output<S>> {
  const check = (input: unknown): string[] => {
    const result = schema.safeParse(input);
    return result.success ? [] : formatIssues(result.error.issues);
  };
  return {
    check,
    safeParse: (input) => {
      const result = schema.safeParse(input);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, issues: formatIssues(result.error.issues) };
    },
    parse: (input) => {
      const result = schema.safeParse(input);
      if (result.success) return result.data;
      const issues = formatIssues(result.error.issues);
      throw new SpikeKitError(
        'INVALID_PAYLOAD',
        `Not a valid ${name}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`,
        { issues },
      );
    },
  };
}

/** Formats zod issues as `path: message` lines. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path
      .map((segment, i) =>
        typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
      )
      .join('');
    return `${path || '(root)'}: ${issue.message}`;
  });
}

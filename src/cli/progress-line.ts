// One status line on stderr that rewrites itself, only on a terminal: Node's readline cursor helpers, no library.
import { clearLine, cursorTo } from 'node:readline';
import type { CliWritable } from './io.ts';

/**
 * A self-rewriting status line; every method does nothing when the stream is not a TTY.
 *
 * @example
 * ```ts
 * const line: ProgressLine = progressLine(process.stderr);
 * if (line.active) line.update('working');
 * ```
 */
export interface ProgressLine {
  /** True when the line is shown (the stream is a TTY). */
  readonly active: boolean;
  /** Replaces the line with `text` (cut to the terminal's width). */
  update(text: string): void;
  /** Clears the line, leaving the cursor at its start. */
  done(): void;
}

/**
 * A progress line on `stream` (stderr), shown only when it is a TTY: pipes, files and CI logs get nothing.
 *
 * @example
 * ```ts
 * const progress = progressLine(io.stderr);
 * progress.update('12/100 sent');
 * progress.done();
 * ```
 */
export function progressLine(stream: CliWritable): ProgressLine {
  const active = stream.isTTY === true;
  const tty = stream as unknown as NodeJS.WritableStream;
  let shown = false;
  return {
    active,
    update(text) {
      if (!active) return;
      const width = stream.columns ?? 80;
      cursorTo(tty, 0);
      stream.write(text.length >= width ? text.slice(0, Math.max(0, width - 1)) : text);
      clearLine(tty, 1);
      shown = true;
    },
    done() {
      if (!active || !shown) return;
      cursorTo(tty, 0);
      clearLine(tty, 0);
      shown = false;
    },
  };
}

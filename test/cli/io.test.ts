// The CLI's colour rule, in-process: colour only on a TTY whose hasColors(env) agrees (Node's own logic, so
// NO_COLOR and FORCE_COLOR behave as everywhere in Node), and never on a pipe.
import { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { type CliWritable, showsColour, stylist, writeLine } from '../../src/cli/io.ts';

/** A stand-in terminal: Node's own tty.WriteStream colour methods on a stream that collects what is written. */
function fakeStream(isTTY: boolean): CliWritable & { text: string } {
  const stream = {
    text: '',
    isTTY,
    columns: 80,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
    hasColors: WriteStream.prototype.hasColors,
    getColorDepth: WriteStream.prototype.getColorDepth,
  };
  return stream;
}

describe('colour', () => {
  it('colours a TTY that has colours', () => {
    const tty = fakeStream(true);
    const env = { TERM: 'xterm-256color' };
    expect(showsColour(tty, env)).toBe(true);
    writeLine(tty, stylist(tty, env)('bad', 'invalid'));
    expect(tty.text).toBe('\u001b[31minvalid\u001b[39m\n');
  });

  it('does not colour a TTY with NO_COLOR, nor a dumb terminal', () => {
    const tty = fakeStream(true);
    for (const env of [{ TERM: 'xterm-256color', NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      expect(showsColour(tty, env)).toBe(false);
      expect(stylist(tty, env)('ok', 'valid')).toBe('valid');
    }
  });

  it('never colours a pipe, even with FORCE_COLOR', () => {
    const pipe = fakeStream(false);
    const env = { TERM: 'xterm-256color', FORCE_COLOR: '3' };
    expect(showsColour(pipe, env)).toBe(false);
    expect(stylist(pipe, env)('bold', 'text')).toBe('text');
    expect(showsColour({ write: () => true }, env)).toBe(false);
  });
});

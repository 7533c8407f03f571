// The progress line of `send`: rewritten in place on a terminal (readline's cursor codes), absent elsewhere, and
// cleared before the report. Run in-process through main(argv, io) with a stand-in terminal on stderr.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CliIO, CliWritable } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { progressLine } from '../../src/cli/progress-line.ts';

function collect(isTTY: boolean): CliWritable & { text: string } {
  const stream = {
    text: '',
    isTTY,
    columns: 60,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

describe('progressLine', () => {
  it('rewrites one line on a TTY, cut to its width, and clears it at the end', () => {
    const tty = collect(true);
    const progress = progressLine(tty);
    progress.update('1/3 sent');
    progress.update('x'.repeat(100));
    progress.done();
    expect(tty.text.startsWith('\u001b[1G1/3 sent\u001b[0K\u001b[1G')).toBe(true);
    expect(tty.text).toContain(`${'x'.repeat(59)}\u001b[0K`);
    expect(tty.text).not.toContain('x'.repeat(60));
    expect(tty.text.endsWith('\u001b[1G\u001b[2K')).toBe(true);
    expect(tty.text).not.toContain('\n');
  });

  it('writes nothing when the stream is not a TTY', () => {
    const pipe = collect(false);
    const progress = progressLine(pipe);
    progress.update('1/3 sent');
    progress.done();
    expect(progress.active).toBe(false);
    expect(pipe.text).toBe('');
  });
});

describe('send on a terminal', () => {
  it('shows progress on stderr while a load run goes, then only the report on stdout', async () => {
    let seen = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        seen++;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const stdout = collect(false);
    const stderr = collect(true);
    const io: CliIO = { stdout, stderr, stdin: (async function* () {})(), env: { S: 'progress-secret-1' } };
    try {
      const code = await main(
        ['send', url, '--profile', 'spike-forms', '--count', '30', '--concurrency', '2', '--secret-env', 'S'],
        io,
      );
      expect(code).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toBe(30);
    expect(stderr.text).toContain('/30 requests');
    expect(stderr.text.endsWith('\u001b[1G\u001b[2K')).toBe(true);
    expect(stdout.text).toContain('statuses: 200 x30');
    expect(stdout.text).not.toContain('\u001b[');
  });
});

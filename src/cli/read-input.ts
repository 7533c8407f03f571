// The bytes a command reads: a file, or stdin when no file is given (exactly the bytes, never decoded).
import { readFile } from 'node:fs/promises';
import { SpikeKitError } from '../core/index.ts';
import type { CliIO } from './io.ts';

/**
 * The exact bytes of `file`, or of stdin when `file` is undefined or `-`.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when the file cannot be read (the message names it and why), or when
 *   stdin is a terminal (nothing piped in).
 * @example
 * ```ts
 * const body = await readInput('body.json', io, 'sign'); // Uint8Array
 * ```
 */
export async function readInput(file: string | undefined, io: CliIO, what: string): Promise<Uint8Array> {
  if (file === undefined || file === '-') {
    if ((io.stdin as { isTTY?: boolean }).isTTY === true)
      throw new SpikeKitError(
        'INVALID_OPTION',
        `${what}: give a file, or pipe the bytes in (e.g. spike-webhook-kit generate spike-forms | spike-webhook-kit sign spike-forms --secret-env SPIKE_SECRET).`,
        { option: 'file' },
      );
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? (error as Error).message);
    throw new SpikeKitError('INVALID_OPTION', `${what}: cannot read ${JSON.stringify(file)} (${why}).`, {
      option: 'file',
      file,
    });
  }
}

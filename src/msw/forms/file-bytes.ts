import { Rng } from '../../core/index.ts';

/** File types the mock knows by extension: MIME type, leading bytes, and a typical size range (bytes). */
const fileTypes: Readonly<
  Record<string, { mime: string; magic: readonly number[]; size: readonly [number, number] }>
> = {
  pdf: { mime: 'application/pdf', magic: [...Buffer.from('%PDF-1.7\n')], size: [40_000, 400_000] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
    size: [15_000, 120_000],
  },
  doc: {
    mime: 'application/msword',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    size: [20_000, 200_000],
  },
  png: {
    mime: 'image/png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    size: [20_000, 900_000],
  },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff, 0xe0], size: [30_000, 1_500_000] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff, 0xe0], size: [30_000, 1_500_000] },
  txt: { mime: 'text/plain', magic: [], size: [200, 8_000] },
  zip: { mime: 'application/zip', magic: [0x50, 0x4b, 0x03, 0x04], size: [10_000, 2_000_000] },
};

const OTHER = { mime: 'application/octet-stream', magic: [], size: [1_000, 100_000] } as const;

/**
 * The MIME type of a file name, by its extension (`application/octet-stream` when unknown).
 *
 * @example
 * ```ts
 * mimeTypeOf('CV_Jane_Doe.pdf'); // 'application/pdf'
 * ```
 */
export function mimeTypeOf(filename: string): string {
  return typeOf(filename).mime;
}

function typeOf(filename: string) {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  return fileTypes[ext] ?? OTHER;
}

/**
 * The size of an uploaded file, drawn from its type's range with a stream of its own (`seed`).
 *
 * @example
 * ```ts
 * fileSizeOf('cv.pdf', 'world/file-1'); // e.g. 182734
 * ```
 */
export function fileSizeOf(filename: string, seed: string): number {
  const [min, max] = typeOf(filename).size;
  return new Rng(seed).fork('file-size').int(min, max);
}

/**
 * The bytes of an uploaded file: exactly `size` of them, starting with the type's magic number (a PDF starts
 * `%PDF-1.7`, a DOCX `PK\x03\x04` ...), the rest drawn from `seed` (text files are readable text).
 *
 * @example
 * ```ts
 * fileBytes('cv.pdf', 1024, 'world/file-1').subarray(0, 5).toString(); // '%PDF-'
 * ```
 */
export function fileBytes(filename: string, size: number, seed: string): Uint8Array {
  const type = typeOf(filename);
  const out = new Uint8Array(size);
  const rng = new Rng(seed).fork('file-bytes');
  const text = type.mime === 'text/plain';
  for (let k = 0; k < size; k++) out[k] = text ? 32 + rng.int(0, 94) : rng.int(0, 255);
  out.set(type.magic.slice(0, size));
  return out;
}

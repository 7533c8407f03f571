// A captured request as `verify` reads it: HTTP headers, a blank line, then the raw body (a raw HTTP dump, what
// `curl -i`, proxies and request bins save), or the headers and the body in two files.
import { SpikeKitError } from '../core/index.ts';

/**
 * A request read from a capture: its headers (names in lower case; repeated ones as a list) and exact body bytes.
 *
 * @example
 * ```ts
 * const { headers, body }: CapturedRequest = parseCapturedRequest(bytes, 'request.http');
 * verifyDelivery('spike-forms', { headers, body }, { secret });
 * ```
 */
export interface CapturedRequest {
  readonly headers: Readonly<Record<string, string | string[]>>;
  readonly body: Uint8Array;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const START_LINE = /^(?:[A-Z]+ \S+ HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)? \d{3}(?: .*)?)$/;

/**
 * Splits a raw HTTP dump into headers and body: the headers end at the first empty line (CRLF or LF), the body is
 * every byte after it, exactly. A request or status line first is skipped; `Content-Length` cuts trailing bytes
 * an editor added; a `Transfer-Encoding: chunked` body is decoded.
 *
 * @throws {SpikeKitError} `INVALID_DELIVERY` when there is no empty line, a header line is malformed, or the body
 *   is shorter than its `Content-Length` or badly chunked; the message names the source and the line.
 * @example
 * ```ts
 * const { headers, body } = parseCapturedRequest(Buffer.from('X-Spike-Signature: sha256=ab\r\n\r\n{}'), 'req.http');
 * ```
 */
export function parseCapturedRequest(bytes: Uint8Array, source: string): CapturedRequest {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  const atCrlf = crlf !== -1 && (lf === -1 || crlf < lf);
  const end = atCrlf ? crlf : lf;
  if (end === -1)
    throw new SpikeKitError(
      'INVALID_DELIVERY',
      `${source} has no empty line between the headers and the body: a capture is the HTTP headers, one empty line, then the raw body (or pass --headers <file> --body <file>).`,
      { source },
    );
  const headers = parseHeaderBlock(buffer.subarray(0, end).toString('latin1'), source);
  let body: Uint8Array = buffer.subarray(end + (atCrlf ? 4 : 2));
  if (/\bchunked\b/i.test(String(headers['transfer-encoding'] ?? ''))) body = dechunk(body, source);
  else {
    const length = headers['content-length'];
    if (typeof length === 'string' && /^\d+$/.test(length.trim())) {
      const n = Number(length);
      if (body.length < n)
        throw new SpikeKitError(
          'INVALID_DELIVERY',
          `${source}: the body has ${body.length} bytes but Content-Length says ${n}: the capture is cut short.`,
          { source },
        );
      body = body.subarray(0, n);
    }
  }
  return { headers, body };
}

/**
 * Reads `Name: value` header lines (a first request or status line is skipped, empty lines ignored, folded lines
 * joined). Names are lower-cased; a header given several times becomes a list, so a duplicated signature is seen.
 *
 * @throws {SpikeKitError} `INVALID_DELIVERY` naming the first line that is not a header.
 * @example
 * ```ts
 * parseHeaderBlock('POST /hook HTTP/1.1\nX-Spike-Signature: sha256=ab', 'headers.txt'); // { 'x-spike-signature': 'sha256=ab' }
 * ```
 */
export function parseHeaderBlock(text: string, source: string): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = Object.create(null);
  const lines = text.split(/\r?\n/);
  let last: string | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    if (index === 0 && START_LINE.test(line)) return;
    if (/^[ \t]/.test(line) && last !== undefined) {
      const value = headers[last];
      if (typeof value === 'string') headers[last] = `${value} ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!TOKEN.test(name))
      throw new SpikeKitError(
        'INVALID_DELIVERY',
        `${source} line ${index + 1} is not a header ("Name: value"): ${JSON.stringify(line.slice(0, 60))}.`,
        { source, line: index + 1 },
      );
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers[key];
    headers[key] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    last = key;
  });
  return { ...headers };
}

function dechunk(body: Uint8Array, source: string): Uint8Array {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = buffer.indexOf('\r\n', at);
    const size =
      eol === -1
        ? Number.NaN
        : Number.parseInt(buffer.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0 || eol + 2 + size > buffer.length)
      throw new SpikeKitError(
        'INVALID_DELIVERY',
        `${source}: the chunked body is malformed near byte ${at}.`,
        {
          source,
        },
      );
    if (size === 0) return Buffer.concat(parts);
    parts.push(buffer.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

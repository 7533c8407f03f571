// The Spike Forms file routes called directly: GET /files/:id as documented, signed downloads of exactly `size`
// bytes with the type's magic number, expiry on the call clock, forged signatures; and the file bytes themselves.
import { describe, expect, it } from 'vitest';
import { fileBytes, fileSizeOf, mimeTypeOf } from '../../src/msw/forms/file-bytes.ts';
import { BASE, world } from './forms-api-support.ts';
import type { Json } from './world-support.ts';

describe('GET /files/:id and the signed download', () => {
  it('describes each file as documented and serves exactly size bytes of its type, the same twice', async () => {
    const { model, client } = world(6, ['job-application'], 4);
    expect(model.files.size).toBeGreaterThanOrEqual(4);
    for (const f of model.files.values()) {
      const r = await client.get(`/files/${f.id}`);
      expect(r.status).toBe(200);
      expect(Object.keys(r.body)).toEqual([
        'id',
        'filename',
        'mime_type',
        'size',
        'download_url',
        'expires_in',
      ]);
      expect(r.body).toMatchObject({ id: f.id, filename: f.filename, mime_type: mimeTypeOf(f.filename) });
      expect(r.body.expires_in).toBe(120);
      const url = new URL(r.body.download_url);
      expect(`${url.origin}${url.pathname}`).toBe(`${BASE}/files/${f.id}/download`);
      const download = await client.raw(r.body.download_url, null); // a signed URL needs no key
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(r.body.mime_type);
      expect(download.headers.get('content-length')).toBe(String(r.body.size));
      expect(download.headers.get('content-disposition')).toContain('attachment');
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(bytes.byteLength).toBe(r.body.size);
      if (r.body.mime_type === 'application/pdf') expect(bytes.subarray(0, 7).toString()).toBe('%PDF-1.');
      const again = Buffer.from(await (await client.raw(r.body.download_url, null)).arrayBuffer());
      expect(again.equals(bytes)).toBe(true);
    }
  });

  it('an unknown file is a 404', async () => {
    const { client } = world();
    const r = await client.get('/files/3c90c3cc-0d44-4b50-8888-8dd25736052a');
    expect([r.status, r.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('a download URL works until expires_in has passed on the call clock, then 403 URL_EXPIRED', async () => {
    const { model, client } = world(6, ['job-application'], 1);
    const file = [...model.files.values()][0]!;
    const { download_url: href } = (await client.get(`/files/${file.id}`)).body;
    client.advance(119_999);
    expect((await client.raw(href, null)).status).toBe(200);
    client.advance(1);
    const expired = await client.raw(href, null);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as Json).code).toBe('URL_EXPIRED');
    // A fresh GET /files/:id signs a new URL that works again.
    const fresh = (await client.get(`/files/${file.id}`)).body.download_url;
    expect((await client.raw(fresh, null)).status).toBe(200);
  });

  it('a forged, missing or moved signature is a 403 INVALID_SIGNATURE', async () => {
    const { model, client } = world(6, ['job-application'], 2);
    const [a, b] = [...model.files.values()];
    const href = new URL((await client.get(`/files/${a!.id}`)).body.download_url);
    const variants = [
      (u: URL) => u.searchParams.set('signature', '0'.repeat(64)),
      (u: URL) => u.searchParams.delete('signature'),
      (u: URL) => u.searchParams.set('expires', String(Number(u.searchParams.get('expires')) + 3600)),
      (u: URL) => u.searchParams.delete('expires'),
      (u: URL) => {
        u.pathname = `/files/${b!.id}/download`;
      },
      (u: URL) => {
        u.pathname = '/files/nope/download';
      },
    ];
    for (const [i, edit] of variants.entries()) {
      const u = new URL(href);
      edit(u);
      const r = await client.raw(u.href, null);
      expect([r.status, ((await r.json()) as Json).code], String(i)).toEqual([403, 'INVALID_SIGNATURE']);
    }
  });
});

describe('file bytes', () => {
  it.each([
    ['cv.pdf', 'application/pdf', [...Buffer.from('%PDF-1.')]],
    [
      'cv.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      [0x50, 0x4b, 3, 4],
    ],
    ['cv.doc', 'application/msword', [0xd0, 0xcf, 0x11, 0xe0]],
    ['photo.png', 'image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['photo.JPG', 'image/jpeg', [0xff, 0xd8, 0xff]],
    ['photo.jpeg', 'image/jpeg', [0xff, 0xd8, 0xff]],
    ['bundle.zip', 'application/zip', [0x50, 0x4b, 3, 4]],
  ])('%s is %s and starts with its magic number', (name, mime, magic) => {
    expect(mimeTypeOf(name)).toBe(mime);
    const size = fileSizeOf(name, 'seed-1');
    const bytes = fileBytes(name, size, 'seed-1');
    expect(bytes.byteLength).toBe(size);
    expect([...bytes.subarray(0, magic.length)]).toEqual(magic);
    expect(Buffer.from(fileBytes(name, size, 'seed-1')).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(fileBytes(name, size, 'seed-2')).equals(Buffer.from(bytes))).toBe(false);
  });

  it('a text file is printable text; an unknown extension is application/octet-stream', () => {
    expect(mimeTypeOf('notes.txt')).toBe('text/plain');
    expect(Buffer.from(fileBytes('notes.txt', 500, 's')).toString('latin1')).toMatch(/^[\x20-\x7e]{500}$/);
    expect(mimeTypeOf('thing.xyz')).toBe('application/octet-stream');
    expect(mimeTypeOf('noextension')).toBe('application/octet-stream');
  });

  it('a size smaller than the magic number is still exactly size bytes', () => {
    expect(fileBytes('cv.pdf', 3, 's').byteLength).toBe(3);
    expect(fileBytes('cv.pdf', 0, 's').byteLength).toBe(0);
  });
});

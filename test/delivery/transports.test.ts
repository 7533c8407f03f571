import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { deliverDefaults } from '../../src/delivery/deliver.ts';
import {
  appTransport,
  buildDelivery,
  classifyNetworkError,
  deliver,
  fetchTransport,
  importOptional,
  resolveTarget,
  toRequest,
  urlTransport,
} from '../../src/delivery/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { rawBody, SECRET, startServer, v3Batch } from '../simulator/fixtures.ts';

// An awkward body (spacing, \u escapes, 1.50, trailing newline): any re-serialisation would change the bytes.
const delivery = buildDelivery('spike-health-v3', v3Batch(), {
  secret: SECRET,
  bodyStyle: 'awkward',
  headers: { 'User-Agent': 'Spike-Webhooks/3' },
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('fetch handler transport', () => {
  it('passes the exact body bytes and every header to the handler', async () => {
    let seen: { body: string; headers: Headers; method: string; url: string } | undefined;
    const transport = fetchTransport(async (request) => {
      seen = {
        body: await request.text(),
        headers: request.headers,
        method: request.method,
        url: request.url,
      };
      return new Response('ok', { status: 200, headers: { 'X-Handled': 'yes' } });
    });
    const result = await transport.send(delivery);
    expect(result).toMatchObject({ kind: 'response', status: 200, headers: { 'x-handled': 'yes' } });
    expect(seen?.body).toBe(delivery.body);
    expect(seen?.body).toMatch(/\\u|1\.50|\n$/); // awkward bytes survived
    expect(seen?.method).toBe('POST');
    for (const [name, value] of Object.entries(delivery.headers)) expect(seen?.headers.get(name)).toBe(value);
    expect(
      verifyDelivery(
        'spike-health-v3',
        { headers: seen?.headers, body: seen?.body ?? '' },
        { secret: SECRET },
      ).ok,
    ).toBe(true);
  });

  it('reports a thrown handler as a 500 with the error, and Response.error() as a network failure', async () => {
    const thrown = await deliver(
      {
        fetch: () => {
          throw new Error('db down');
        },
      },
      delivery,
    );
    expect(thrown).toMatchObject({ kind: 'response', status: 500, handlerError: 'Error: db down' });
    const failed = await deliver({ fetch: () => Response.error() }, delivery);
    expect(failed).toMatchObject({ kind: 'network-error', error: 'other' });
  });

  it('refuses a handler that does not return a Response, naming what to return', async () => {
    const error = await deliver({ fetch: (() => ({ status: 200 })) as never }, delivery).catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error, 'INVALID_TARGET')).toBe(true);
    expect((error as Error).message).toMatch(/instead of a Response: return new Response/);
  });

  it('times out in real time and reports it as a network failure', async () => {
    const result = await deliver({ fetch: () => new Promise<Response>(() => {}) }, delivery, {
      timeoutMs: 20,
    });
    expect(result).toMatchObject({ kind: 'network-error', error: 'timeout' });
  });

  it('carries the URL it is given', async () => {
    expect(toRequest(delivery, 'https://example.test/hook').url).toBe('https://example.test/hook');
    const urls: string[] = [];
    const handler = (request: Request) => {
      urls.push(request.url);
      return new Response(null);
    };
    await deliver({ fetch: handler, url: 'https://example.test/x' }, delivery);
    await deliver({ fetch: handler }, { ...delivery, url: 'https://example.test/from-delivery' });
    await deliver({ fetch: handler }, delivery);
    expect(urls).toEqual([
      'https://example.test/x',
      'https://example.test/from-delivery',
      'http://receiver.test/webhooks/spike',
    ]);
  });
});

describe('url transport (real network on 127.0.0.1)', () => {
  it('delivers the exact bytes and headers and does not follow redirects', async () => {
    const received: { body: Buffer; headers: Record<string, unknown> }[] = [];
    const { url, close } = await startServer(async (req, res) => {
      received.push({ body: await rawBody(req), headers: req.headers });
      if (received.length === 1) res.writeHead(201).end();
      else res.writeHead(302, { location: '/elsewhere' }).end();
    });
    cleanups.push(close);
    const transport = urlTransport(url);
    expect(await transport.send(delivery)).toMatchObject({ kind: 'response', status: 201 });
    expect(await transport.send(delivery)).toMatchObject({ kind: 'response', status: 302 });
    expect(received).toHaveLength(2); // the redirect was not followed
    expect(received[0]?.body.equals(Buffer.from(delivery.body, 'utf8'))).toBe(true);
    expect(received[0]?.headers['x-body-signature']).toBe(delivery.headers['X-Body-Signature']);
    expect(received[0]?.headers['user-agent']).toBe('Spike-Webhooks/3');
  });

  it('classifies a reset, a timeout and a refused connection from the error causes', async () => {
    const { url, close } = await startServer((req, res) => {
      if (req.url?.endsWith('/reset')) req.socket.destroy();
      // '/slow' never answers: the client times out.
      else if (!req.url?.endsWith('/slow')) res.end();
    });
    cleanups.push(close);
    const reset = await urlTransport(`${url}/reset`).send(delivery);
    expect(reset).toMatchObject({ kind: 'network-error', error: 'reset' });
    const slow = await urlTransport(`${url}/slow`).send(delivery, { timeoutMs: 50 });
    expect(slow).toMatchObject({ kind: 'network-error', error: 'timeout' });
    await close();
    const refused = await urlTransport(url).send(delivery);
    expect(refused).toMatchObject({ kind: 'network-error', error: 'refused' });
  });

  it('rejects a URL that is not http(s)', () => {
    expect(() => urlTransport('ftp://example.test')).toThrow(/absolute http:\/\/ or https:\/\/ URL/);
  });
});

describe('node app transport (served once on 127.0.0.1, node http client)', () => {
  it('reaches an Express app that verifies the signature over the raw body', async () => {
    const stored: string[] = [];
    const app = express();
    app.post('/webhooks/spike', express.raw({ type: '*/*' }), (req, res) => {
      const body = (req.body as Buffer).toString('utf8');
      const check = verifyDelivery('spike-health-v3', { headers: req.headers, body }, { secret: SECRET });
      if (!check.ok) return void res.status(401).send(check.reason);
      stored.push(body);
      res.sendStatus(200);
    });
    const transport = await appTransport(app, { path: '/webhooks/spike' });
    cleanups.push(async () => transport.close?.());
    expect(await transport.send(delivery)).toMatchObject({ kind: 'response', status: 200 });
    expect(stored).toEqual([delivery.body]);
    const tampered = { ...delivery, body: delivery.body.replace('oura', 'OURA') };
    expect(await transport.send(tampered)).toMatchObject({ kind: 'response', status: 401 });
    expect(stored).toHaveLength(1);
  });

  it('accepts a plain listener and reports a reset', async () => {
    const transport = await appTransport((req: { socket: { destroy(): void } }) => req.socket.destroy());
    cleanups.push(async () => transport.close?.());
    expect(await transport.send(delivery)).toMatchObject({ kind: 'network-error', error: 'reset' });
  });

  it('serves on 127.0.0.1 and stops what it started', async () => {
    const app = express().post('/', (_req, res) => void res.sendStatus(204));
    const transport = await appTransport(app);
    expect(transport.description).toMatch(/^node app on 127\.0\.0\.1:\d+\/$/);
    await transport.close?.();
    await transport.close?.(); // idempotent
    const error = await transport.send(delivery).then(
      (r) => r,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'network-error', error: 'refused' });
  });

  it('sends the exact bytes with their length, over one kept-alive connection', async () => {
    const seen: { body: Buffer; length: string | undefined; port: number | undefined }[] = [];
    const transport = await appTransport(async (req: IncomingMessage, res: ServerResponse) => {
      seen.push({
        body: await rawBody(req),
        length: req.headers['content-length'],
        port: req.socket.remotePort,
      });
      res.end();
    });
    cleanups.push(async () => transport.close?.());
    for (let i = 0; i < 3; i++) expect(await transport.send(delivery)).toMatchObject({ status: 200 });
    expect(seen.map((s) => s.body.equals(Buffer.from(delivery.body, 'utf8')))).toEqual([true, true, true]);
    expect(seen[0]?.length).toBe(String(Buffer.byteLength(delivery.body)));
    expect(new Set(seen.map((s) => s.port)).size).toBe(1);
  });

  it('reports response headers with lower-case names, repeated ones joined', async () => {
    const transport = await appTransport((_req: IncomingMessage, res: ServerResponse) => {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Handled-By', 'app');
      res.writeHead(202).end('accepted');
    });
    cleanups.push(async () => transport.close?.());
    const result = await transport.send(delivery);
    expect(result).toMatchObject({
      kind: 'response',
      status: 202,
      headers: { 'set-cookie': 'a=1, b=2', 'x-handled-by': 'app' },
    });
  });

  it('times out and aborts in real time, as network failures', async () => {
    const transport = await appTransport(() => {}); // never answers
    cleanups.push(async () => transport.close?.());
    expect(await transport.send(delivery, { timeoutMs: 30 })).toMatchObject({
      kind: 'network-error',
      error: 'timeout',
    });
    const controller = new AbortController();
    const sending = transport.send(delivery, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await sending).toMatchObject({ kind: 'network-error', error: 'aborted' });
  });

  it('uses a server that already listens as it is, and leaves it listening', async () => {
    const { url, close, server } = await startServer((_req, res) => res.writeHead(201).end());
    cleanups.push(close);
    const transport = await appTransport(server);
    expect(transport.description).toBe(`node app on ${new URL(url).host}/`);
    expect(await transport.send(delivery)).toMatchObject({ status: 201 });
    await transport.close?.();
    expect(server.listening).toBe(true);
    expect(await urlTransport(url).send(delivery)).toMatchObject({ status: 201 });
  });

  it('rejects what is not an app', async () => {
    await expect(appTransport(42)).rejects.toThrow(/Node request listener/);
  });
});

describe('targets', () => {
  it('lists the valid forms for an invalid target', async () => {
    const error = await resolveTarget({ handler: () => {} } as never).catch((e: unknown) => e);
    expect(isSpikeKitError(error, 'INVALID_TARGET')).toBe(true);
    expect((error as Error).message).toContain("'{ fetch: (request) => Response }', '{ app }', '{ url }'");
    await expect(resolveTarget({ fetch: () => new Response(), app: () => {} } as never)).rejects.toThrow(
      /pick one/,
    );
  });

  it('resolves each form to its adapter', async () => {
    expect((await resolveTarget({ fetch: () => new Response() })).kind).toBe('fetch');
    expect((await resolveTarget({ url: 'http://127.0.0.1:9/' })).kind).toBe('url');
    const app = await resolveTarget({ app: () => {} });
    expect(app.kind).toBe('app');
    await app.close?.();
  });
});

describe('optional dependencies', () => {
  it('says what to install when an optional peer is missing', async () => {
    const error = await importOptional('spike-webhook-kit-no-such-peer', 'The { nope } target').catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error, 'OPTIONAL_DEPENDENCY_MISSING')).toBe(true);
    expect((error as Error).message).toContain('npm install --save-dev spike-webhook-kit-no-such-peer');
  });

  it('keeps msw, supertest and vitest out of the static imports of the core', () => {
    const root = new URL('../../src/', import.meta.url);
    for (const dir of ['delivery', 'simulator', 'signing', 'profiles']) {
      for (const file of readdirSync(new URL(`${dir}/`, root))) {
        const source = readFileSync(new URL(`${dir}/${file}`, root), 'utf8');
        expect(source, `${dir}/${file}`).not.toMatch(/^import[^;]*from '(msw|supertest|vitest)[^']*';/m);
        expect(source, `${dir}/${file}`).not.toMatch(/^import[^;]*from '\.\.\/msw\//m);
      }
    }
  });
});

describe('classifyNetworkError', () => {
  it('walks the cause chain', () => {
    const wrap = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
    expect(classifyNetworkError(wrap({ code: 'ECONNREFUSED' })).error).toBe('refused');
    expect(classifyNetworkError(wrap({ code: 'UND_ERR_SOCKET', message: 'other side closed' })).error).toBe(
      'reset',
    );
    expect(classifyNetworkError(wrap({ code: 'ENOTFOUND' })).error).toBe('dns');
    expect(classifyNetworkError(new DOMException('t', 'TimeoutError')).error).toBe('timeout');
    expect(classifyNetworkError(new Error('ECONNREFUSED: Connection refused')).error).toBe('refused');
    expect(classifyNetworkError(new DOMException('a', 'AbortError')).error).toBe('aborted');
    expect(classifyNetworkError(new Error('weird')).error).toBe('other');
  });
});

describe('issue 8: delivery bounds and slow apps', () => {
  it('deliver({ app }) with a handler slower than timeoutMs reports a timeout, and the process lives on', async () => {
    const app = (_req: IncomingMessage, res: ServerResponse) => {
      const timer = setTimeout(() => {
        if (!res.destroyed) res.writeHead(200).end();
      }, 2_000);
      res.on('close', () => clearTimeout(timer));
    };
    const result = await deliver({ app }, delivery, { timeoutMs: 200 });
    expect(result).toMatchObject({ kind: 'network-error', error: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('an { app } that sends its headers and then stalls mid-body is a timeout too', async () => {
    const app = (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200);
      res.write('partial');
      const timer = setTimeout(() => res.end('rest'), 2_000);
      res.on('close', () => clearTimeout(timer));
    };
    const result = await deliver({ app }, delivery, { timeoutMs: 200 });
    expect(result).toMatchObject({ kind: 'network-error', error: 'timeout' });
  });

  it('deliver has a default timeout of 30 s and rejects bad ones', async () => {
    expect(deliverDefaults.timeoutMs).toBe(30_000);
    for (const timeoutMs of [Number.NaN, -1, 0, Number.POSITIVE_INFINITY, 1e300]) {
      const error = await deliver({ fetch: () => new Response() }, delivery, { timeoutMs }).catch(
        (e: unknown) => e,
      );
      expect(isSpikeKitError(error, 'INVALID_OPTION'), String(timeoutMs)).toBe(true);
    }
  });

  it('a request the kit cannot build is not reported as "handler threw"', async () => {
    let called = false;
    const bad = { ...delivery, headers: { ...delivery.headers, 'X-Bad': 'a\nb' } };
    const error = await deliver(
      {
        fetch: () => {
          called = true;
          return new Response();
        },
      },
      bad,
    ).catch((e: unknown) => e);
    expect(called).toBe(false);
    expect(isSpikeKitError(error, 'TRANSPORT_FAILED')).toBe(true);
    expect((error as Error).message).not.toMatch(/handler threw/);
  });
});

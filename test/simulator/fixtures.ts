// Small literal events for the delivery and simulator tests (one per payload family), independent of generators.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SECRET = 'whsec_test_secret';

/** A Spike Forms submission; `n` varies the submission id. */
export function formsEvent(n = 1) {
  return {
    event: 'submission.created',
    formId: 'cjld2cjxh0000qzrmn831i7rn',
    formName: 'Contact',
    formSlug: 'contact',
    submissionId: `sub_${String(n).padStart(4, '0')}`,
    data: { name: 'Zoë Faure', email: 'zoe@example.test', message: 'Bonjour 👋', rating: 4.5 },
    metadata: {
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0',
      referrer: 'https://example.test/contact',
      country: 'FR',
      timestamp: '2026-01-15T10:29:58.120Z',
    },
  };
}

/** A Spike API v2 event (only `event_id` is signed). */
export function v2Event(n = 1) {
  return {
    event_id: `0b7f5d2e-8c1a-4e57-9a7b-${String(n).padStart(12, '0')}`,
    event_type: 'data_update',
    timestamp: '2026-01-15T10:29:00Z',
    user_id: '6f0c1b0e-5d8a-4a4f-b2a5-1c2d3e4f5a6b',
    client_user_id: `client-${n}`,
    source: 'garmin',
    data_type: 'steps',
    data: [{ date: '2026-01-14', value: 8123, intraday_data: [], source: 'garmin' }],
  };
}

/** A Spike API v3 body: an array of events (no id: dedup on the body hash). */
export function v3Batch(n = 1) {
  return [
    {
      application_user_id: `user-${n}`,
      timestamp: '2026-01-15T10:29:55.271331177Z',
      event_type: 'record_change',
      metrics: ['steps', 'heartrate'],
      activity_types: [],
      provider_slug: 'oura',
      earliest_record_start_at: '2026-01-14T00:00:00Z',
      latest_record_end_at: '2026-01-15T00:00:00Z',
    },
  ];
}

/** A 200 fetch handler that counts its calls. */
export function okHandler(status = 200) {
  const calls: Request[] = [];
  const handler = (request: Request) => {
    calls.push(request);
    return new Response(null, { status });
  };
  return { handler, calls };
}

/** Starts a plain http server on 127.0.0.1 (port 0); `close()` stops it and its connections. */
export async function startServer(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/webhooks/spike`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a Node request's raw body. */
export function rawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

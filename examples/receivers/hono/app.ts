// Hono: read the raw bytes with c.req.arrayBuffer() (never c.req.json() first).
import { Hono } from 'hono';
import { profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

export function createApp(inbox: SpikeInbox): Hono {
  const app = new Hono();
  for (const profile of profileIds) {
    app.post(paths[profile], async (c) => {
      const answer = handleSpike(
        inbox,
        profile,
        c.req.raw.headers,
        new Uint8Array(await c.req.arrayBuffer()),
      );
      return c.json(answer.body ?? {}, answer.status as 200);
    });
  }
  return app;
}

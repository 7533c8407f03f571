// Koa: no body parser on the webhook routes; read the raw bytes from ctx.req.
import Koa from 'koa';
import { type ProfileId, profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

async function rawBody(req: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function createApp(inbox: SpikeInbox): Koa {
  const app = new Koa();
  const byPath = new Map(profileIds.map((id) => [paths[id], id] as [string, ProfileId]));
  app.use(async (ctx) => {
    const profile = ctx.method === 'POST' ? byPath.get(ctx.path) : undefined;
    if (profile === undefined) {
      ctx.status = 404;
      return;
    }
    const answer = handleSpike(inbox, profile, ctx.req.headers, await rawBody(ctx.req));
    ctx.status = answer.status;
    ctx.body = answer.body ?? {};
  });
  return app;
}

// Fastify: keep the raw bytes with a buffer content-type parser, scoped to the webhook routes' plugin.
import Fastify, { type FastifyInstance } from 'fastify';
import { profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

export function createApp(inbox: SpikeInbox): FastifyInstance {
  const app = Fastify();
  app.register(async (webhooks) => {
    // Every content type arrives as a Buffer in this plugin only; the rest of the app keeps Fastify's JSON parser.
    webhooks.removeAllContentTypeParsers();
    webhooks.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 },
      (_request, body, done) => {
        done(null, body);
      },
    );
    for (const profile of profileIds) {
      webhooks.post(paths[profile], async (request, reply) => {
        const answer = handleSpike(inbox, profile, request.headers, request.body as Buffer);
        return reply.code(answer.status).send(answer.body ?? {});
      });
    }
  });
  return app;
}

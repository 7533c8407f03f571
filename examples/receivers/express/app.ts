// Express: read the raw bytes with express.raw() on the webhook routes (never express.json() in front of them).
import express from 'express';
import { profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

export function createApp(inbox: SpikeInbox): express.Express {
  const app = express();
  for (const profile of profileIds) {
    app.post(paths[profile], express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
      const answer = handleSpike(inbox, profile, req.headers, req.body as Buffer);
      res.status(answer.status).json(answer.body ?? {});
    });
  }
  return app;
}

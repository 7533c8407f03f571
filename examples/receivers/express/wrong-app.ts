// The mistake every webhook ecosystem reports first: a JSON body parser in front of the webhook route. The kit
// refuses the parsed object (BODY_NOT_RAW) and says what to do; the recipe (app.ts) uses express.raw() instead.
import express from 'express';
import { profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

export function createWrongApp(inbox: SpikeInbox): express.Express {
  const app = express();
  app.use(express.json()); // WRONG: the signature covers the raw bytes, which are gone now
  for (const profile of profileIds) {
    app.post(paths[profile], (req, res) => {
      const answer = handleSpike(inbox, profile, req.headers, req.body);
      res.status(answer.status).json(answer.body ?? {});
    });
  }
  return app;
}

// Next.js Pages Router: pages/api/webhooks/[profile].ts. Turn Next's body parser off for this route
// (config.api.bodyParser = false) and read the raw bytes from the request stream.
import type { NextApiRequest, NextApiResponse } from 'next';
import { type ProfileId, profileIds } from 'spike-webhook-kit';
import { createInbox, handleSpike } from '../../../../shared/spike-inbox.ts';

export const config = { api: { bodyParser: false } };

/** What this app processed (in your app: your queue or database). */
export const inbox = createInbox();

async function rawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const profile = String(req.query.profile);
  if (req.method !== 'POST' || !(profileIds as readonly string[]).includes(profile))
    return res.status(404).json({});
  const answer = handleSpike(inbox, profile as ProfileId, req.headers, await rawBody(req));
  res.status(answer.status).json(answer.body ?? {});
}

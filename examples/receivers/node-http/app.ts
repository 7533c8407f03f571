// node:http: collect the request's chunks into one Buffer, then receive it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ProfileId, profileIds } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

export function createListener(inbox: SpikeInbox): (req: IncomingMessage, res: ServerResponse) => void {
  const byPath = new Map(profileIds.map((id) => [paths[id], id] as [string, ProfileId]));
  return (req, res) => {
    const profile =
      req.method === 'POST' ? byPath.get(new URL(req.url ?? '/', 'http://x').pathname) : undefined;
    if (profile === undefined) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = handleSpike(inbox, profile, req.headers, Buffer.concat(chunks));
      res
        .writeHead(answer.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer.body ?? {}));
    });
  };
}

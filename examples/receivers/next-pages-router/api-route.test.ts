import type { IncomingMessage, ServerResponse } from 'node:http';
// Next's own API-route runtime: applies the route's config (bodyParser: false) and adds res.status().json().
import { apiResolver } from 'next/dist/server/api-utils/node/api-resolver.js';
import { describeRecipe } from '../shared/recipe-suite.ts';
import * as route from './pages/api/webhooks/[profile].ts';

describeRecipe('Next.js Pages Router', async () => {
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const profile = new URL(req.url ?? '/', 'http://x').pathname.split('/').at(-1) as string;
    void apiResolver(req, res, { profile }, route, {} as never, false, false, '/api/webhooks/[profile]');
  };
  return { inbox: route.inbox, target: (path) => ({ app: listener, path: `/api${path}` }) };
});

import { NextRequest } from 'next/server';
import { describeRecipe } from '../shared/recipe-suite.ts';
import { inbox, POST } from './app/api/webhooks/[profile]/route.ts';

// Next calls the route handler with a NextRequest and the dynamic segment: so does the kit's { fetch } target.
describeRecipe('Next.js App Router', async () => {
  return {
    inbox, // the route module keeps its own
    target: (path) => ({
      url: `https://app.example.test/api${path}`,
      fetch: (request: Request) =>
        POST(new NextRequest(request), {
          params: Promise.resolve({ profile: path.split('/').at(-1) as string }),
        }),
    }),
  };
});

import { describeRecipe } from '../shared/recipe-suite.ts';
import { createApp } from './app.ts';

// Hono's app.fetch is a fetch handler: the kit delivers to it in-process, as Spike's requests arrive in a worker.
describeRecipe('Hono', async (inbox) => {
  const app = createApp(inbox);
  return {
    target: (path) => ({
      fetch: (request: Request) => app.fetch(request),
      url: `https://app.example.test${path}`,
    }),
  };
});

import { describeRecipe } from '../shared/recipe-suite.ts';
import { createApp } from './app.ts';

// Fastify's Node server, served by the kit on 127.0.0.1 (virtual time in the simulator, like any { app }).
describeRecipe('Fastify', async (inbox) => {
  const app = createApp(inbox);
  await app.ready();
  return { target: (path) => ({ app: app.server, path }), close: () => app.close() };
});

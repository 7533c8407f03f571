import { describeRecipe } from '../shared/recipe-suite.ts';
import { createApp } from './app.ts';

describeRecipe('Koa', async (inbox) => {
  const listener = createApp(inbox).callback();
  return { target: (path) => ({ app: listener, path }) };
});

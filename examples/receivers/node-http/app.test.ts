import { describeRecipe } from '../shared/recipe-suite.ts';
import { createListener } from './app.ts';

describeRecipe('node:http', async (inbox) => {
  const listener = createListener(inbox);
  return { target: (path) => ({ app: listener, path }) };
});

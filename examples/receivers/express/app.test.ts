import { buildDelivery, generate } from 'spike-webhook-kit';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { describeRecipe } from '../shared/recipe-suite.ts';
import { createInbox, paths, secrets } from '../shared/spike-inbox.ts';
import { createApp } from './app.ts';
import { createWrongApp } from './wrong-app.ts';

describeRecipe('Express', async (inbox) => {
  const app = createApp(inbox);
  return { target: (path) => ({ app, path }) };
});

describe('the wrong twin: express.json() in front of the webhook route', () => {
  it('is caught by the kit: BODY_NOT_RAW, with the express.raw() hint, and nothing processed', async () => {
    const inbox = createInbox();
    const app = createWrongApp(inbox);
    const event = generate('spike-forms', { kind: 'contact', seed: 1 });
    const d = buildDelivery('spike-forms', event, { secret: secrets['spike-forms'] });
    const response = await request(app).post(paths['spike-forms']).set(d.headers).send(d.body);
    expect(response.status).toBe(400);
    const body = response.body as { code?: string; message?: string };
    expect(body.code).toBe('BODY_NOT_RAW');
    expect(body.message).toMatch(/express\.raw/);
    expect(inbox.processed).toEqual([]);
  });
});

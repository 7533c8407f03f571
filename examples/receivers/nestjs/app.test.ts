import { NestFactory } from '@nestjs/core';
import { generateDelivery, profileIds } from 'spike-webhook-kit';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRecipe } from '../shared/recipe-suite.ts';
import { createInbox, paths, secrets } from '../shared/spike-inbox.ts';
import { createApp, spikeWebhooksModule } from './app.ts';

// The Nest app, initialised (routes bound) and served by the kit from its Express instance on 127.0.0.1.
describeRecipe('NestJS', async (inbox) => {
  const app = await createApp(inbox);
  await app.init();
  const server = app.getHttpAdapter().getInstance();
  return { target: (path) => ({ app: server, path }), close: () => app.close() };
});

describe('the one setting: the same NestJS app without rawBody: true', () => {
  const wrongInbox = createInbox();
  const rightInbox = createInbox();
  let wrong: Awaited<ReturnType<typeof createApp>>;
  let right: Awaited<ReturnType<typeof createApp>>;
  beforeAll(async () => {
    wrong = await NestFactory.create(spikeWebhooksModule(wrongInbox), { logger: false });
    right = await createApp(rightInbox);
    await Promise.all([wrong.init(), right.init()]);
  });
  afterAll(async () => {
    await Promise.all([wrong.close(), right.close()]);
  });

  for (const profile of profileIds) {
    it(`${profile}: refuses a genuine delivery with 400 BODY_NOT_RAW and processes nothing; rawBody: true takes it`, async () => {
      const { delivery } = generateDelivery(profile, {
        seed: 10 + profileIds.indexOf(profile), // one seed per dialect: the inbox dedups across them
        secret: secrets[profile],
        timestamp: new Date(),
      });
      const send = (app: typeof wrong) =>
        request(app.getHttpServer()).post(paths[profile]).set(delivery.headers).send(delivery.body);

      const refused = await send(wrong);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'BODY_NOT_RAW',
        message: expect.stringMatching(/raw request body/),
      });
      expect(wrongInbox.processed).toEqual([]);

      const before = rightInbox.processed.length;
      const taken = await send(right);
      expect(taken.status).toBe(200);
      expect(rightInbox.processed).toHaveLength(before + 1);
    });
  }
});

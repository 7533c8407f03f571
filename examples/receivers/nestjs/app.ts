// NestJS: create the app with `{ rawBody: true }` and hand the kit `req.rawBody`, never `req.body`: Nest's default
// JSON parser alone, which runs on every route, is what breaks signatures (a parsed body is not what Spike signed).
import {
  Controller,
  type DynamicModule,
  HttpCode,
  HttpException,
  type INestApplication,
  Inject,
  Module,
  Post,
  type RawBodyRequest,
  Req,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Request } from 'express';
import type { ProfileId } from 'spike-webhook-kit';
import { handleSpike, paths, type SpikeInbox } from '../shared/spike-inbox.ts';

/** The inbox's injection token: explicit, so injection needs no emitted decorator metadata. */
const SPIKE_INBOX = Symbol('SpikeInbox');

@Controller()
class SpikeWebhooksController {
  readonly #inbox: SpikeInbox;

  constructor(@Inject(SPIKE_INBOX) inbox: SpikeInbox) {
    this.#inbox = inbox;
  }

  // @HttpCode(200): not Nest's default 201 for a POST (Spike's v3 accepts only 200).
  @Post(paths['spike-health-v2'])
  @HttpCode(200)
  healthV2(@Req() req: RawBodyRequest<Request>): object {
    return this.#answer('spike-health-v2', req);
  }

  @Post(paths['spike-health-v3'])
  @HttpCode(200)
  healthV3(@Req() req: RawBodyRequest<Request>): object {
    return this.#answer('spike-health-v3', req);
  }

  @Post(paths['spike-forms'])
  @HttpCode(200)
  forms(@Req() req: RawBodyRequest<Request>): object {
    return this.#answer('spike-forms', req);
  }

  @Post(paths['spike-forms-timestamped'])
  @HttpCode(200)
  formsTimestamped(@Req() req: RawBodyRequest<Request>): object {
    return this.#answer('spike-forms-timestamped', req);
  }

  // `?? req.body`: without `rawBody: true` the kit names the mistake (BODY_NOT_RAW) instead of a bad signature.
  #answer(profile: ProfileId, req: RawBodyRequest<Request>): object {
    const answer = handleSpike(this.#inbox, profile, req.headers, req.rawBody ?? req.body);
    if (answer.status !== 200) throw new HttpException(answer.body ?? {}, answer.status);
    return {};
  }
}

@Module({})
class SpikeWebhooksModule {}

/** The webhook module, given the inbox its controller writes to. */
export function spikeWebhooksModule(inbox: SpikeInbox): DynamicModule {
  return {
    module: SpikeWebhooksModule,
    controllers: [SpikeWebhooksController],
    providers: [{ provide: SPIKE_INBOX, useValue: inbox }],
  };
}

/** The app: Nest keeps each request's raw bytes in `req.rawBody` (its JSON parser still fills `req.body`). */
export function createApp(inbox: SpikeInbox): Promise<INestApplication> {
  return NestFactory.create(spikeWebhooksModule(inbox), { rawBody: true, logger: false });
}

// Spike's webhooks of one profile as an AsyncAPI 3 document: one message per kind, one `send` operation per kind and
// one for any kind. Payloads are the public JSON Schema output of the same zod schemas `contracts/schemas/` comes
// from (draft-07 here: the AsyncAPI Schema Object is a superset of JSON Schema draft 07). `npm run schemas` writes
// them to `contracts/asyncapi/`; `checkPactAgainstAsyncApi` (spike-webhook-kit/pact) compares message pacts with them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { payloadFamilies } from './payload-families.ts';

/** An AsyncAPI 3.0 document, as far as the kit writes it. */
export interface AsyncApiDocument {
  readonly asyncapi: '3.0.0';
  readonly id: string;
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly defaultContentType: string;
  readonly channels: {
    readonly webhook: {
      readonly address: null;
      readonly title: string;
      readonly description: string;
      readonly messages: Readonly<Record<string, AsyncApiMessage>>;
    };
  };
  readonly operations: Readonly<Record<string, AsyncApiOperation>>;
}

/** One message of the webhook channel: a delivery body of one kind. */
export interface AsyncApiMessage {
  readonly name: string;
  readonly title: string;
  readonly contentType: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A `send` operation of Spike on the webhook channel. */
export interface AsyncApiOperation {
  readonly action: 'send';
  readonly title: string;
  readonly channel: { readonly $ref: '#/channels/webhook' };
  readonly messages: readonly { readonly $ref: string }[];
}

/** The operation that sends any kind of the profile (a pact interaction without a reference is checked against it). */
export const anyKindOperationId = 'send';

/**
 * The id of the operation that sends one kind, as Pact interactions reference it
 * (`comments.references.AsyncAPI.operationId`).
 *
 * @example
 * ```ts
 * asyncApiOperationId('sleep'); // 'send_sleep'
 * ```
 */
export function asyncApiOperationId(kind: string): string {
  return `${anyKindOperationId}_${kind}`;
}

/**
 * A JSON Schema without what means nothing: `additionalProperties: {}` (allow anything) is the default, so it is
 * left out; a comparator may then read an object's listed properties as all a receiver can rely on.
 */
function withoutNoOps(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutNoOps);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (
      key === 'additionalProperties' &&
      value !== null &&
      typeof value === 'object' &&
      Object.keys(value).length === 0
    )
      continue;
    out[key] = withoutNoOps(value);
  }
  return out;
}

/**
 * The AsyncAPI 3 document of a profile's webhooks: what the kit models Spike as sending (its documentation as
 * `../shared/spike-webhooks.md` reads it), not a document Spike publishes. Deterministic: the same kit gives the same
 * bytes; `info.version` is a hash of the messages.
 *
 * @example
 * ```ts
 * const doc = asyncApiDocument('spike-health-v2');
 * doc.operations.send_sleep.messages; // [{ $ref: '#/channels/webhook/messages/sleep' }]
 * ```
 */
export function asyncApiDocument(profileRef: ProfileRef): AsyncApiDocument {
  const profile = getProfile(profileRef);
  const family = payloadFamilies[profile.payload];
  const contentType = profile.body.contentType;
  const messages: Record<string, AsyncApiMessage> = {};
  const operations: Record<string, AsyncApiOperation> = {};
  const kindSchemas: Readonly<Record<string, z.ZodType>> = family.kindSchemas;
  for (const kind of family.kinds) {
    const json = z.toJSONSchema(kindSchemas[kind] as z.ZodType, { target: 'draft-7' });
    messages[kind] = {
      name: kind,
      title: `${family.kindLabel} ${kind}`,
      contentType,
      payload: withoutNoOps(json) as Record<string, unknown>,
    };
    operations[asyncApiOperationId(kind)] = {
      action: 'send',
      title: `Spike sends a '${kind}' webhook`,
      channel: { $ref: '#/channels/webhook' },
      messages: [{ $ref: `#/channels/webhook/messages/${kind}` }],
    };
  }
  operations[anyKindOperationId] = {
    action: 'send',
    title: 'Spike sends a webhook of any kind',
    channel: { $ref: '#/channels/webhook' },
    messages: family.kinds.map((kind) => ({ $ref: `#/channels/webhook/messages/${kind}` })),
  };
  const version = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 12);
  return {
    asyncapi: '3.0.0',
    id: `urn:spike-webhook-kit:asyncapi:${profile.id}`,
    info: {
      title: `${profile.title} (${profile.id})`,
      version: `schema-${version}`,
      description: [
        `${family.title}: the webhooks Spike sends for profile ${profile.id}, as spike-webhook-kit models Spike's`,
        'documentation. Generated from the kit’s schemas; agreement with it is agreement with that model, not with Spike.',
        ...(profile.status === 'experimental' ? [`Experimental dialect: ${profile.notes[0] ?? ''}`] : []),
      ].join(' '),
    },
    defaultContentType: contentType,
    channels: {
      webhook: {
        address: null,
        title: 'Your webhook endpoint',
        description: `Spike ${profile.method}s each delivery to the webhook URL you configure (one body per request).`,
        messages,
      },
    },
    operations,
  };
}

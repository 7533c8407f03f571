// The AsyncAPI 3 documents of the profiles, and the static check of message pacts against them: the kit's canonical
// message pacts agree, and a pact that expects what Spike never sends does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asyncApiFiles, asyncApiRoot, schemaDrift } from '../../scripts/schemas.ts';
import { canonicalPactFile } from '../../src/pact/canonical-pact-files.ts';
import { checkPactAgainstAsyncApi } from '../../src/pact/check-asyncapi.ts';
import { profileIds, profiles } from '../../src/profiles/index.ts';
import { asyncApiDocument, asyncApiOperationId } from '../../src/schemas/asyncapi-document.ts';
import { payloadFamilies } from '../../src/schemas/payload-families.ts';

type Interaction = { description: string; type: string; contents: { content: Record<string, unknown> } };
const canonical = (id: (typeof profileIds)[number]) =>
  JSON.parse(readFileSync(canonicalPactFile(profiles[id], 'messages'), 'utf8')) as {
    interactions: Interaction[];
  };

describe('AsyncAPI documents', () => {
  it('are checked in for every built-in profile, as generated', () => {
    expect(schemaDrift(asyncApiRoot, asyncApiFiles())).toEqual([]);
  });

  it('have a message and a send operation per kind, and one operation for any kind', () => {
    for (const id of profileIds) {
      const doc = asyncApiDocument(id);
      const kinds = payloadFamilies[profiles[id].payload].kinds;
      expect(doc.asyncapi).toBe('3.0.0');
      expect(Object.keys(doc.channels.webhook.messages)).toEqual([...kinds]);
      for (const kind of kinds)
        expect(doc.operations[asyncApiOperationId(kind)]?.messages).toEqual([
          { $ref: `#/channels/webhook/messages/${kind}` },
        ]);
      expect(doc.operations.send?.messages).toHaveLength(kinds.length);
      expect(JSON.stringify(doc)).not.toContain('"additionalProperties":{}');
      expect(doc.info.description).toMatch(/not with Spike/);
    }
  });

  it('is deterministic, and its version changes with the messages', () => {
    expect(JSON.stringify(asyncApiDocument('spike-forms'))).toBe(
      JSON.stringify(asyncApiDocument('spike-forms')),
    );
    expect(asyncApiDocument('spike-forms').info.version).not.toBe(
      asyncApiDocument('spike-forms-timestamped').info.version,
    );
  });
});

describe('checkPactAgainstAsyncApi', () => {
  for (const id of profileIds) {
    it(`passes the canonical ${id} message pact`, async () => {
      expect(await checkPactAgainstAsyncApi(canonicalPactFile(profiles[id], 'messages'), id)).toEqual([]);
    });
  }

  it('the kit writes each message interaction with a reference to the operation of its kind', () => {
    for (const id of profileIds) {
      const kinds = payloadFamilies[profiles[id].payload].kinds as readonly string[];
      const refs = canonical(id).interactions.map(
        (i) =>
          (i as { comments?: { references?: { AsyncAPI?: { operationId?: string } } } }).comments?.references
            ?.AsyncAPI?.operationId,
      );
      expect(new Set(refs)).toEqual(new Set(kinds.map(asyncApiOperationId)));
    }
  });

  it('fails a pact expecting a field Spike never sends, naming the field and the interaction', async () => {
    const pact = canonical('spike-health-v2');
    const sleep = pact.interactions.find((i) => i.description.includes("'sleep'")) as Interaction;
    sleep.contents.content.sleep_quality_label = 'great';
    const problems = await checkPactAgainstAsyncApi(pact, 'spike-health-v2');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.interaction).toBe(sleep.description);
    expect(problems[0]?.message).toMatch(/sleep_quality_label/);
  });

  it('fails a value of the wrong type and a kind that is not one of the profile’s', async () => {
    const pact = canonical('spike-forms');
    const [first, second] = pact.interactions as [Interaction, Interaction];
    first.contents.content.id = 42;
    second.contents.content.kind = 'not-a-form-kind';
    delete (second as { comments?: unknown }).comments;
    const problems = await checkPactAgainstAsyncApi(pact, 'spike-forms');
    expect(problems.map((p) => p.interaction)).toEqual([first.description, second.description]);
  });

  it('compares an interaction with the operation it references', async () => {
    const pact = canonical('spike-health-v2');
    const [sleep] = pact.interactions.filter((i) => i.description.includes("'sleep'")) as [Interaction];
    // A sleep body that references the steps operation is not a steps message.
    (sleep as { comments?: unknown }).comments = { references: { AsyncAPI: { operationId: 'send_steps' } } };
    const problems = await checkPactAgainstAsyncApi({ ...pact, interactions: [sleep] }, 'spike-health-v2');
    expect(problems.map((p) => p.code)).toEqual(['message.no.match']);
  });

  it('refuses an unreadable pact with a clear error', async () => {
    await expect(checkPactAgainstAsyncApi('/nonexistent/pact.json', 'spike-forms')).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });
});

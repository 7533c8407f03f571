import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localeIds } from '../../generators/core/faker.ts';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import {
  checkFormsSubmission,
  formsSubmissionSchema,
  parseFormsSubmission,
  safeParseFormsSubmission,
} from '../../src/schemas/forms/index.ts';
import {
  checkFormsTimestampedSubmission,
  formsTimestampedSubmissionSchema,
  parseFormsTimestampedSubmission,
} from '../../src/schemas/forms-timestamped/index.ts';
import { formKinds, REF, seeds } from '../generators/forms/support.ts';

/** The payload example of docs.spike.ac/features/webhooks (seeds/spike-forms-webhooks.txt), as published. */
const seedExample = {
  event: 'submission.created',
  formId: 'clx123abc',
  formName: 'Contact Form',
  formSlug: 'abc123xyz',
  submissionId: 'sub_xyz789',
  data: { email: '[email protected]', name: 'John Doe', message: 'Hello, I have a question...' },
  metadata: {
    ip: '1.2.3.4',
    userAgent: 'Mozilla/5.0...',
    referrer: 'https://yoursite.com/contact',
    country: 'US',
    timestamp: '2024-01-15T10:30:00.000Z',
  },
};

/** The webhook example of github.com/spike-forms/agent-skills, skills/spike-forms/SKILL.md. */
const agentSkillsExample = {
  event: 'submission.created',
  timestamp: '2026-01-01T00:00:00.000Z',
  form: { id: '...', name: 'Contact', slug: 'contact' },
  submission: {
    id: '...',
    data: { name: 'John', email: 'john@example.com', message: 'Hello' },
    createdAt: '2026-01-01T00:00:00.000Z',
  },
};

describe('forms schemas accept what Spike documents', () => {
  it('the seed example validates', () => {
    expect(parseFormsSubmission(seedExample)).toEqual(seedExample);
  });

  it('the agent-skills example validates', () => {
    expect(parseFormsTimestampedSubmission(agentSkillsExample)).toEqual(agentSkillsExample);
  });

  it('tolerates fields Spike may add, any event name, and the value types form fields take', () => {
    const extended = {
      ...seedExample,
      event: 'submission.deleted',
      workspaceId: 'ws_1',
      data: { topics: ['a', 'b'], rating: 4, consent: true, note: null, cv: 'file:CV.pdf' },
      metadata: { ...seedExample.metadata, ip: '2001:db8::1', referrer: '', city: 'Berlin' },
    };
    expect(checkFormsSubmission(extended)).toEqual([]);
    expect(
      checkFormsTimestampedSubmission({
        ...agentSkillsExample,
        attempt: 2,
        form: { ...agentSkillsExample.form, orgCode: 'abc' },
      }),
    ).toEqual([]);
  });
});

describe('forms schemas reject what is not a Spike Forms body, saying where', () => {
  const broken: [string, unknown, string][] = [
    [
      'timestamp without milliseconds',
      { ...seedExample, metadata: { ...seedExample.metadata, timestamp: '2024-01-15T10:30:00Z' } },
      'metadata.timestamp',
    ],
    [
      'timestamp without milliseconds',
      { ...seedExample, metadata: { ...seedExample.metadata, timestamp: '2024-01-15T10:30:00Z' } },
      'metadata.timestamp',
    ],
    ['not an IP', { ...seedExample, metadata: { ...seedExample.metadata, ip: 'localhost' } }, 'metadata.ip'],
    ['a nested object in data', { ...seedExample, data: { address: { city: 'Paris' } } }, 'data.address'],
    ['no submissionId', { ...seedExample, submissionId: undefined }, 'submissionId'],
    ['data is an array', { ...seedExample, data: ['x'] }, 'data'],
  ];
  it.each(broken)('%s', (_, payload, path) => {
    const issues = checkFormsSubmission(payload);
    expect(
      issues.some((issue) => issue.startsWith(`${path}:`)),
      issues.join('\n'),
    ).toBe(true);
    expect(safeParseFormsSubmission(payload).ok).toBe(false);
    let error: unknown;
    try {
      parseFormsSubmission(payload);
    } catch (caught) {
      error = caught;
    }
    expect(isSpikeKitError(error, 'INVALID_PAYLOAD')).toBe(true);
  });

  it('the timestamped body needs its form and submission', () => {
    expect(checkFormsTimestampedSubmission({ ...agentSkillsExample, form: undefined })[0]).toMatch(/^form:/);
    expect(
      checkFormsTimestampedSubmission({
        ...agentSkillsExample,
        submission: { ...agentSkillsExample.submission, createdAt: 'yesterday' },
      })[0],
    ).toMatch(/^submission\.createdAt:/);
  });
});

describe('every generated payload validates (seeds x kinds x locales, both dialects)', () => {
  it.each(localeIds)('%s', (locale) => {
    for (const kind of formKinds) {
      for (const seed of seeds(6)) {
        const options = { kind, seed, locale, refDate: REF } as const;
        expect(checkFormsSubmission(generate('spike-forms', options))).toEqual([]);
        expect(checkFormsTimestampedSubmission(generate('spike-forms-timestamped', options))).toEqual([]);
      }
    }
  });

  it('with drawn locales, encodings and styles', () => {
    for (const kind of formKinds) {
      for (const seed of seeds(40)) {
        expect(checkFormsSubmission(generate('spike-forms', { kind, seed: `s${seed}` }))).toEqual([]);
      }
    }
  });
});

describe('the schemas stay introspectable (plain zod, for JSON Schema and Pact matchers)', () => {
  it('convert to JSON Schema with descriptions and patterns', () => {
    const json = z.toJSONSchema(formsSubmissionSchema) as {
      properties: Record<string, { description?: string; properties?: Record<string, { pattern?: string }> }>;
    };
    expect(json.properties.event?.description).toContain('submission.created');
    expect(json.properties.metadata?.properties?.timestamp?.pattern).toBeDefined();
    const stamped = z.toJSONSchema(formsTimestampedSubmissionSchema) as { required: string[] };
    expect(stamped.required).toEqual(['event', 'timestamp', 'form', 'submission']);
  });
});

describe('generate validates overrides against the schema', () => {
  it('an override that breaks the contract is refused; a valid one is applied', () => {
    let error: unknown;
    try {
      generate('spike-forms', { kind: 'contact', overrides: { metadata: { ip: 'localhost' } } });
    } catch (caught) {
      error = caught;
    }
    expect(isSpikeKitError(error, 'INVALID_OVERRIDE')).toBe(true);
    expect((error as Error).message).toContain('metadata.ip');
    expect(
      generate('spike-forms', { kind: 'contact', overrides: { metadata: { country: 'DE' } } }).metadata
        .country,
    ).toBe('DE');
  });
});

describe('deliveries of generated bodies', () => {
  it('the timestamped profile signs with the body’s timestamp in X-Spike-Timestamp', () => {
    const event = generate('spike-forms-timestamped', { kind: 'feedback', seed: 1, refDate: REF });
    const delivery = buildDelivery('spike-forms-timestamped', event, { secret: 's3cret' });
    expect(delivery.headers['X-Spike-Timestamp']).toBe(
      String(Math.floor(Date.parse(event.timestamp) / 1000)),
    );
  });
});

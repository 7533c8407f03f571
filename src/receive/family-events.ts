import type { z } from 'zod';
import type { PayloadFamilyId } from '../profiles/index.ts';
import {
  formatIssues,
  formsSubmissionSchema,
  formsTimestampedSubmissionSchema,
  healthV2EventSchemas,
  healthV3BodySchema,
  healthV3EventSchemas,
} from '../schemas/index.ts';

/** One event of a body: where it is, the value of its kind field, and the schema that checks it (none: unknown kind). */
interface FoundEvent {
  readonly path: string;
  readonly kind: string;
  readonly event: unknown;
  readonly schema: z.ZodType | undefined;
}

/** How a payload family's body is split into events, and how each is checked. */
interface FamilyEvents {
  /** The field naming an event's kind. */
  readonly kindField: string;
  /** The kinds a handler can subscribe to (others are delivered as `unknown`). */
  readonly kinds: readonly string[];
  /** The events of a parsed body, or a problem when the body is not the family's shape at all. */
  readonly split: (body: unknown) => FoundEvent[] | string;
  /** The schema of a whole body whose events are all of known kinds: one check instead of one per event. */
  readonly whole?: z.ZodType;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(event: Record<string, unknown>, field: string): string {
  return typeof event[field] === 'string' ? (event[field] as string) : '';
}

/** A body that is one event object, checked by the schema of its kind. */
function single(
  kindField: string,
  schemas: Readonly<Record<string, z.ZodType>>,
  anyKind?: z.ZodType,
): FamilyEvents {
  return {
    kindField,
    kinds: Object.keys(schemas),
    split: (body) => {
      if (!isObject(body)) return 'expected a JSON object';
      const kind = kindOf(body, kindField);
      return [{ path: '', kind, event: body, schema: schemas[kind] ?? anyKind }];
    },
  };
}

/**
 * How each payload family's body splits into events, keyed like a profile's `payload`: v2 is one event (kind:
 * `data_type`), v3 an array of events (`event_type`), forms one submission (`event`). An event of a kind the kit
 * does not know is still delivered (as `unknown`), checked only as an object with its kind field, so a new Spike
 * event type is acknowledged instead of failing for days of retries; forms submissions of any `event` are checked
 * by the submission schema, which does not restrict `event`.
 *
 * @example
 * ```ts
 * familyEvents['health-v3'].split([{ event_type: 'record_change' }]); // one found event
 * ```
 */
export const familyEvents: Readonly<Record<PayloadFamilyId, FamilyEvents>> = {
  'health-v2': single('data_type', healthV2EventSchemas),
  'health-v3': {
    kindField: 'event_type',
    whole: healthV3BodySchema,
    kinds: Object.keys(healthV3EventSchemas),
    split: (body) => {
      if (!Array.isArray(body)) return 'expected a JSON array of events';
      const bad = body.findIndex((event) => !isObject(event));
      if (bad >= 0) return `[${bad}]: expected an event object`;
      return body.map((event: Record<string, unknown>, i) => {
        const kind = kindOf(event, 'event_type');
        return {
          path: `[${i}]`,
          kind,
          event,
          schema: (healthV3EventSchemas as Record<string, z.ZodType>)[kind],
        };
      });
    },
  },
  forms: single('event', { 'submission.created': formsSubmissionSchema }, formsSubmissionSchema),
  'forms-timestamped': single(
    'event',
    { 'submission.created': formsTimestampedSubmissionSchema },
    formsTimestampedSubmissionSchema,
  ),
};

/**
 * The problems of one found event (`path: message` lines), empty when valid.
 *
 * @example
 * ```ts
 * eventProblems({ path: '[0]', kind: 'record_change', event, schema }); // []
 * ```
 */
export function eventProblems(found: FoundEvent, kindField: string): string[] {
  if (found.schema === undefined) {
    return found.kind === ''
      ? [`${found.path || '(root)'}${found.path ? '.' : ''}${kindField}: expected a string`]
      : [];
  }
  const result = found.schema.safeParse(found.event);
  if (result.success) return [];
  return formatIssues(result.error.issues).map((issue) =>
    found.path === '' ? issue : `${found.path}${issue.startsWith('(root)') ? issue.slice(6) : `.${issue}`}`,
  );
}

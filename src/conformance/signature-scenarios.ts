import type { Delivery } from '../delivery/index.ts';
import { signedFields, signedWords, signsBody, successWords } from './profile-words.ts';
import { fail, pass, type Scenario } from './scenario.ts';
import { answerOf, isAcknowledged, type ScenarioContext } from './scenario-context.ts';

/** A secret no receiver is configured with. */
const WRONG_SECRET = 'spike-webhook-kit-wrong-secret';
/** How old the replayed delivery of `stale-timestamp` is. */
const REPLAY_AGE_MS = 3_600_000;

/** The scenarios about signatures: the right one is accepted, every wrong one refused, over the right bytes. */
export const signatureScenarios: readonly Scenario[] = [
  {
    id: 'valid-signature',
    title: 'every event kind, correctly signed, gets the success status',
    async run(ctx) {
      for (const [i, kind] of ctx.kinds.entries()) {
        const seen = await ctx.send(
          `the ${kind} event, correctly signed`,
          ctx.delivery(ctx.event(i, { kind })),
        );
        if (!isAcknowledged(ctx.profile, seen)) {
          return fail(
            `a correctly signed ${kind} event got ${answerOf(seen)}, not ${successWords(ctx.profile)}: Spike retries it and in the end gives up; check the secret and that the signature is computed over ${signedWords(ctx.profile)}`,
          );
        }
      }
      return pass(`all ${ctx.kinds.length} event kinds, correctly signed, were acknowledged`);
    },
  },
  {
    id: 'invalid-signature',
    title: 'a delivery signed with a wrong secret is not acknowledged',
    async run(ctx) {
      const seen = await ctx.send(
        'signed with a wrong secret',
        ctx.delivery(ctx.event(0), { secret: WRONG_SECRET }),
      );
      return isAcknowledged(ctx.profile, seen)
        ? fail(
            `a delivery signed with a wrong secret was acknowledged (${answerOf(seen)}): the handler does not verify the ${ctx.profile.signature.header} signature, so anyone can post forged events; verify it over ${signedWords(ctx.profile)}`,
          )
        : pass(`a delivery signed with a wrong secret was refused (${answerOf(seen)})`);
    },
  },
  {
    id: 'missing-signature',
    title: 'a delivery without a signature header is not acknowledged while a secret is configured',
    async run(ctx) {
      const signed = ctx.delivery(ctx.event(0));
      const seen = await ctx.send(
        `no ${ctx.profile.signature.header} header`,
        withoutHeader(signed, ctx.profile.signature.header),
      );
      return isAcknowledged(ctx.profile, seen)
        ? fail(
            `a delivery without ${ctx.profile.signature.header} was acknowledged (${answerOf(seen)}): the handler skips verification when the header is missing, so a forger simply leaves it out; refuse unsigned deliveries while a secret is set`,
          )
        : pass(`a delivery without ${ctx.profile.signature.header} was refused (${answerOf(seen)})`);
    },
  },
  {
    id: 'tampered-body',
    title: 'a delivery whose signed content changed after signing is rejected',
    async run(ctx) {
      const seen = await ctx.send(`${tamperedPart(ctx)} changed after signing`, tampered(ctx));
      return isAcknowledged(ctx.profile, seen)
        ? fail(
            `a delivery whose ${tamperedPart(ctx)} changed after signing was acknowledged (${answerOf(seen)}): the handler does not check that the signature matches ${signedWords(ctx.profile)}`,
          )
        : pass(
            `a delivery whose ${tamperedPart(ctx)} changed after signing was rejected (${answerOf(seen)})`,
          );
    },
  },
  {
    id: 'signed-bytes',
    title: 'the signature is checked over exactly what Spike signs, not over a re-serialised body',
    async run(ctx) {
      if (signsBody(ctx.profile)) {
        const seen = await ctx.send(
          'a correctly signed body whose JSON re-serialisation differs from the bytes sent',
          ctx.delivery(ctx.event(0), { bodyStyle: 'awkward' }),
        );
        return isAcknowledged(ctx.profile, seen)
          ? pass(
              `a correctly signed body with spacing, \\u escapes and 1.50-style numbers was acknowledged (${answerOf(seen)})`,
            )
          : fail(
              `a correctly signed body whose JSON re-serialisation differs from the bytes sent got ${answerOf(seen)}: a handler that checks the signature over a re-serialised body rejects genuine deliveries; verify the raw bytes`,
            );
      }
      const seen = await ctx.send(
        'body fields changed, the signed fields and the signature still valid',
        ctx.delivery(withSignedFieldsOf(ctx.event(1), ctx.event(0), ctx)),
      );
      return isAcknowledged(ctx.profile, seen)
        ? pass(
            `a delivery whose unsigned body fields differ, with a valid signature over ${signedWords(ctx.profile)}, was acknowledged (${answerOf(seen)})`,
          )
        : fail(
            `a genuine delivery got ${answerOf(seen)}: ${ctx.profile.id} signs ${signedWords(ctx.profile)} only, and a handler that checks the signature over the body rejects what Spike sends; verify over ${signedWords(ctx.profile)}`,
          );
    },
  },
  {
    id: 'stale-timestamp',
    title: 'a replayed delivery with an old timestamp is refused',
    notFor: (profile) =>
      profile.signature.timestampHeader === undefined
        ? `${profile.id} sends no timestamp header, so a replay cannot be told from a retry`
        : undefined,
    async run(ctx) {
      const at = new Date(ctx.refMs - REPLAY_AGE_MS);
      const seen = await ctx.send(
        'a correctly signed delivery replayed an hour later',
        ctx.delivery(ctx.event(0, { agoMs: REPLAY_AGE_MS }), { timestamp: at }),
      );
      const header = ctx.profile.signature.timestampHeader;
      return isAcknowledged(ctx.profile, seen)
        ? fail(
            `a delivery signed an hour ago was acknowledged (${answerOf(seen)}): the handler does not check ${header}, so a captured delivery can be replayed for ever; refuse timestamps more than a few minutes from now`,
          )
        : pass(`a delivery signed an hour ago was refused (${answerOf(seen)})`);
    },
  },
];

/** The delivery without one header (matched case-insensitively). */
function withoutHeader(delivery: Delivery, name: string): Delivery {
  const lower = name.toLowerCase();
  const headers = Object.fromEntries(
    Object.entries(delivery.headers).filter(([key]) => key.toLowerCase() !== lower),
  );
  return { ...delivery, headers };
}

/** What `tampered-body` changes, in words. */
function tamperedPart(ctx: ScenarioContext): string {
  return signsBody(ctx.profile)
    ? 'body'
    : signedFields(ctx.profile)
        .map((path) => path.join('.'))
        .join(', ');
}

/**
 * A delivery whose signed content is another genuine event's, under the first event's signature: a valid payload,
 * so only a signature check can refuse it.
 */
function tampered(ctx: ScenarioContext): Delivery {
  const original = ctx.delivery(ctx.event(0));
  const other = ctx.event(1);
  const body = signsBody(ctx.profile)
    ? ctx.delivery(other).body
    : ctx.delivery(withSignedFieldsOf(ctx.event(0), other, ctx)).body;
  return { ...original, body };
}

/** `event` with the signed fields of `source` (a copy). */
function withSignedFieldsOf(event: unknown, source: unknown, ctx: ScenarioContext): unknown {
  const copy = structuredClone(event) as Record<string, unknown>;
  for (const path of signedFields(ctx.profile)) {
    let into: Record<string, unknown> = copy;
    let from = source as Record<string, unknown>;
    for (const segment of path.slice(0, -1)) {
      into = into[segment] as Record<string, unknown>;
      from = from[segment] as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    into[last] = from[last];
  }
  return copy;
}

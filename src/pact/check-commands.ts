// The checking commands of `spike-webhook-kit-pact`: `check-asyncapi` (pacts against Spike's AsyncAPI document) and
// `recorded-deliveries` (captured deliveries against the profile, and through consumer pacts). Each prints readable
// lines and returns the exit code: 0 on agreement, 1 with problems.
import type { Profile } from '../profiles/index.ts';
import { checkPactAgainstAsyncApi } from './check-asyncapi.ts';
import { type RecordedDeliveryResult, verifyRecordedDeliveries } from './verify-recorded-deliveries.ts';

type Out = (line: string) => void;

/**
 * `check-asyncapi`: each pact file's message interactions compared with the profile's AsyncAPI document.
 *
 * @example
 * ```ts
 * const code = await checkAsyncApiCommand(getProfile('spike-forms'), ['pacts/app-spike-forms.json'], console.log);
 * ```
 */
export async function checkAsyncApiCommand(
  profile: Profile,
  pacts: readonly string[],
  out: Out,
): Promise<number> {
  let problems = 0;
  for (const pact of pacts) {
    const found = await checkPactAgainstAsyncApi(pact, profile);
    problems += found.length;
    if (found.length === 0) out(`✓ ${pact}: agrees with Spike's AsyncAPI document (${profile.id})`);
    for (const p of found) out(`✗ ${pact}: '${p.interaction}' (${p.code}): ${p.message}`);
  }
  if (problems > 0)
    out(
      `${problems} interaction${problems === 1 ? '' : 's'} expect what Spike (${profile.id}) does not send.`,
    );
  return problems === 0 ? 0 : 1;
}

/** The problem lines of one delivery's result (none when it is fine). */
function problemLines(result: RecordedDeliveryResult): string[] {
  return [
    ...(result.signature === undefined || result.signature.ok
      ? []
      : [`signature: ${result.signature.message ?? 'does not verify'}`]),
    ...result.schemaProblems.map((p) => `schema: ${p}`),
    ...result.unknown.map((p) => `unknown to the kit's model: ${p}`),
    ...result.pactProblems.map((p) => `pact: ${p}`),
  ];
}

/**
 * `recorded-deliveries`: a capture file checked with {@link verifyRecordedDeliveries}, one line per delivery.
 *
 * @example
 * ```ts
 * const code = await recordedDeliveriesCommand(getProfile('spike-forms'), 'captures.jsonl', { secret }, console.log);
 * ```
 */
export async function recordedDeliveriesCommand(
  profile: Profile,
  deliveries: string,
  options: { readonly secret?: string; readonly pactUrls?: readonly string[] },
  out: Out,
): Promise<number> {
  const report = await verifyRecordedDeliveries({
    profile,
    deliveries,
    ...(options.secret === undefined ? {} : { secret: options.secret }),
    ...(options.pactUrls === undefined ? {} : { pactUrls: options.pactUrls }),
  });
  let failed = 0;
  for (const result of report.deliveries) {
    const lines = problemLines(result);
    const name = `delivery ${result.index} (${result.kind ?? 'kind unknown'})`;
    if (lines.length === 0) out(`✓ ${name}`);
    else {
      failed++;
      out(`✗ ${name}`);
      for (const line of lines) out(`    ${line}`);
    }
  }
  for (const notice of report.notices) out(`note: ${notice}`);
  if (options.secret === undefined) out('note: signatures not checked (no secret given)');
  out(
    `${report.deliveries.length} deliver${report.deliveries.length === 1 ? 'y' : 'ies'}, ${failed} with problems.`,
  );
  return report.ok ? 0 : 1;
}

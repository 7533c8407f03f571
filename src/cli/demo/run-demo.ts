import { generate } from '../../../generators/index.ts';
import { runConformance } from '../../conformance/index.ts';
import type { Scorecard } from '../../conformance/types.ts';
import { isSpikeKitError } from '../../core/index.ts';
import { profileIds } from '../../profiles/index.ts';
import { writeReport } from '../../report/index.ts';
import { type SimulationResult, simulate } from '../../simulator/index.ts';
import {
  correctReceiver,
  type DemoReceiver,
  demoPath,
  demoSecrets,
  flawedReceiver,
} from './demo-receivers.ts';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Where the HTML report is written. */
  readonly reportPath: string;
  /** Run the Pact contract verification (needs `@pact-foundation/pact`); default true. */
  readonly pact?: boolean;
  /** Writes one line of output. */
  readonly out: (line: string) => void;
  /** Styles text for a terminal (identity when colour is off). */
  readonly style?: (kind: 'ok' | 'bad' | 'dim' | 'bold', text: string) => string;
  /** The receivers checked; default {@link correctReceiver} and {@link flawedReceiver} (tests swap them). */
  readonly receivers?: { readonly correct: DemoReceiver; readonly flawed: DemoReceiver };
}

/**
 * The kit's main job, end to end: two example receivers on 127.0.0.1 (a correct one and a deliberately flawed one),
 * the conformance scorecard of every dialect on both, Spike's retries with faults on a virtual clock, the Pact
 * contract verification, findings in plain words and an HTML report. Returns the exit code: 0 when every verdict is
 * the one expected (the correct receiver passes, the flawed one is caught).
 *
 * @example
 * ```ts
 * const code = await runDemo({ reportPath: 'spike-report.html', out: console.log });
 * ```
 */
export async function runDemo(options: DemoOptions): Promise<number> {
  const { out } = options;
  const style = options.style ?? ((_kind, text) => text);
  const good = options.receivers?.correct ?? correctReceiver();
  const bad = options.receivers?.flawed ?? flawedReceiver();
  const origins = new Map<DemoReceiver, string>();
  let surprises = 0;
  try {
    for (const receiver of [good, bad]) origins.set(receiver, await receiver.start());
    out(
      style(
        'bold',
        'spike-webhook-kit demo: two example receivers on 127.0.0.1, checked as Spike would check them',
      ),
    );
    out(
      `  ${good.name}  ${origins.get(good)}  the README's code: createReceiver + toNodeHandler, deduplicated`,
    );
    out(`  ${bad.name}   ${origins.get(bad)}  deliberately wrong: verifies a re-serialised body, no dedup,`);
    out('                                            500 on unknown event kinds, answers 201');

    out('');
    out(style('bold', '1. The conformance scorecard (spike-webhook-kit check)'));
    const cards: Scorecard[] = [];
    for (const receiver of [good, bad]) {
      out(`  ${receiver.name}`);
      for (const profile of profileIds) {
        const card = await runConformance({
          profile,
          target: { url: `${origins.get(receiver)}${demoPath(profile)}` },
          secret: demoSecrets[profile],
          probe: receiver.probe,
          seed: 42,
        });
        cards.push(card);
        const { passed, failed, skipped } = card.counts;
        const verdict = failed === 0 ? style('ok', 'conforms') : style('bad', `${failed} failed`);
        out(`    ${profile.padEnd(24)} ${verdict}  (${passed} passed, ${skipped} skipped)`);
        if (receiver === good && failed > 0) surprises++;
        if (receiver === bad && failed === 0) surprises++;
        if (receiver === bad)
          for (const s of card.scenarios.filter((x) => x.status === 'failed'))
            out(`      ${style('bad', 'x')} ${s.id}: ${s.reason}`);
      }
    }

    out('');
    out(
      style(
        'bold',
        "2. Spike's retries on a virtual clock (spike-forms; the handler fails with 500, times out, then its acknowledgement is lost)",
      ),
    );
    const event = generate('spike-forms', { kind: 'contact', seed: 42 });
    const simulations: SimulationResult[] = [];
    for (const receiver of [good, bad]) {
      const result = await simulate({
        profile: 'spike-forms',
        target: { app: receiver.listener, path: demoPath('spike-forms') },
        event,
        secret: demoSecrets['spike-forms'],
        faults: [500, 'timeout', 'lost-ack'],
        seed: 42,
      });
      simulations.push(result);
      const timeline = result.events[0];
      const times = timeline === undefined ? 0 : Math.max(0, ...timeline.dedupKeys.map(receiver.probe));
      out(
        `  ${receiver.name}: ${timeline?.outcome} after ${timeline?.attempts.length} attempts; processed ${times} time${times === 1 ? '' : 's'}`,
      );
      if ((receiver === good) !== (times === 1)) surprises++;
    }
    out(indent(simulations[0]?.toString() ?? '', 4));
    out(
      `  ${style('dim', 'a lost acknowledgement means Spike delivers again: a handler without dedup runs its side effect twice')}`,
    );

    out('');
    out(
      style(
        'bold',
        '3. The contract (Pact): the endpoint against the canonical HTTP contract of spike-forms',
      ),
    );
    if (options.pact === false) out('  skipped (--no-pact)');
    else surprises += await verifyContracts([good, bad], origins, out, style);

    out('');
    const path = await writeReport(options.reportPath, {
      title: 'spike-webhook-kit demo',
      scorecards: cards,
      simulations: simulations.map((s) => s.toJSON()),
    });
    out(`${style('bold', '4. The report')}: ${path}`);
    out('');
    out(style('bold', 'Now your own endpoint:'));
    out(
      '  npx spike-webhook-kit check http://localhost:3000/webhooks/spike --profile spike-forms --secret-env SPIKE_WEBHOOK_SECRET',
    );
    if (surprises > 0)
      out(style('bad', `the demo saw ${surprises} verdict(s) it did not expect: please report this`));
    return surprises === 0 ? 0 : 1;
  } finally {
    await Promise.all([good.stop(), bad.stop()]);
  }
}

/** Verifies both receivers against the spike-forms HTTP contract; returns the count of unexpected verdicts. */
async function verifyContracts(
  receivers: readonly DemoReceiver[],
  origins: ReadonlyMap<DemoReceiver, string>,
  out: (line: string) => void,
  style: NonNullable<DemoOptions['style']>,
): Promise<number> {
  let pact: typeof import('../../pact/index.ts');
  try {
    pact = await import('../../pact/index.ts');
  } catch (error) {
    out(`  skipped: ${isSpikeKitError(error) ? error.message : String(error)}`);
    return 0;
  }
  let surprises = 0;
  for (const [index, receiver] of receivers.entries()) {
    try {
      const report = await pact.verifyEndpoint({
        profile: 'spike-forms',
        baseUrl: origins.get(receiver) as string,
        path: demoPath('spike-forms'),
        secret: demoSecrets['spike-forms'],
      });
      out(`  ${receiver.name}: ${style('ok', 'verified')} (${report.interactions.length} interactions)`);
      if (index !== 0) surprises++;
    } catch (error) {
      if (!isSpikeKitError(error)) throw error;
      if (error.code === 'OPTIONAL_DEPENDENCY_MISSING') {
        out(`  skipped: ${error.message}`);
        return 0;
      }
      const lines = error.message.split('\n');
      const first = lines.find((line) => line.trim().startsWith('✗'))?.trim();
      const hint = lines.find((line) => line.trim().startsWith('hint:'))?.trim();
      out(`  ${receiver.name}: ${style('bad', 'does not honour the contract')}: ${lines[0]}`);
      if (first !== undefined) out(`      ${first}${hint === undefined ? '' : `; ${hint}`}`);
      if (index === 0) surprises++;
    }
  }
  return surprises;
}

function indent(text: string, by: number): string {
  return text
    .split('\n')
    .map((line) => `${' '.repeat(by)}${line}`)
    .join('\n');
}

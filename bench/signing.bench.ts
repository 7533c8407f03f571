import { createHmac, timingSafeEqual } from 'node:crypto';
import { profiles } from '../src/profiles/index.ts';
import { sign, verify } from '../src/signing/index.ts';
import { signingVectors } from '../test/support/vectors.ts';
import { compare, printComparisons } from './harness.ts';

/** sign/verify per profile beside a bare node:crypto HMAC over the same signed bytes. */
export async function run(): Promise<boolean> {
  const rows = [];
  for (const id of Object.keys(profiles) as (keyof typeof profiles)[]) {
    const v = signingVectors.find((vector) => vector.profile === id)!;
    const profile = profiles[id];
    const timestamp = v.timestamp ?? undefined;
    const header = sign(id, v.secret, v.body, { timestamp });
    const expected = Buffer.from(v.hmacHex, 'hex');
    rows.push(
      compare(
        { name: `sign ${id}`, fn: () => sign(profile, v.secret, v.body, { timestamp }) },
        {
          name: `bare HMAC (${id})`,
          fn: () => createHmac('sha256', v.secret).update(v.signedMessage).digest('hex'),
        },
        { maxRatio: 1.1 },
      ),
    );
    rows.push(
      compare(
        {
          name: `verify ${id}`,
          fn: () => verify(profile, { body: v.body, signature: header, timestamp }, { secret: v.secret }),
        },
        {
          name: `bare HMAC+compare (${id})`,
          fn: () =>
            timingSafeEqual(createHmac('sha256', v.secret).update(v.signedMessage).digest(), expected),
        },
        { maxRatio: 1.1 },
      ),
    );
  }
  return printComparisons('Signing: sign/verify vs bare node:crypto HMAC over the same bytes', rows);
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { profiles } from '../src/profiles/index.ts';
import { sign, verify } from '../src/signing/index.ts';
import { signingVectors } from '../test/support/vectors.ts';
import { measure, printComparisons } from './harness.ts';

/** sign/verify per profile beside a bare node:crypto HMAC over the same signed bytes. */
export async function run(): Promise<boolean> {
  const rows = [];
  for (const id of Object.keys(profiles) as (keyof typeof profiles)[]) {
    const v = signingVectors.find((vector) => vector.profile === id)!;
    const profile = profiles[id];
    const timestamp = v.timestamp ?? undefined;
    const header = sign(id, v.secret, v.body, { timestamp });
    const expected = Buffer.from(v.hmacHex, 'hex');
    const bareSign = measure(`bare HMAC (${id})`, () =>
      createHmac('sha256', v.secret).update(v.signedMessage).digest('hex'),
    );
    const bareVerify = measure(`bare HMAC+compare (${id})`, () =>
      timingSafeEqual(createHmac('sha256', v.secret).update(v.signedMessage).digest(), expected),
    );
    rows.push({
      subject: measure(`sign ${id}`, () => sign(profile, v.secret, v.body, { timestamp })),
      baseline: bareSign,
      maxRatio: 1.1,
    });
    rows.push({
      subject: measure(`verify ${id}`, () =>
        verify(profile, { body: v.body, signature: header, timestamp }, { secret: v.secret }),
      ),
      baseline: bareVerify,
      maxRatio: 1.1,
    });
  }
  return printComparisons('Signing: sign/verify vs bare node:crypto HMAC over the same bytes', rows);
}

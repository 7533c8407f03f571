import { readFileSync } from 'node:fs';
import type { ProfileId } from '../../src/profiles/index.ts';

/** One HMAC vector computed with openssl by scripts/signing-vectors.sh (independent of the kit). */
export interface SigningVector {
  readonly name: string;
  readonly profile: ProfileId;
  readonly secret: string;
  readonly timestamp: string | null;
  readonly body: string;
  readonly signedMessage: string;
  readonly hmacHex: string;
}

/** The shared signing vectors, used by every test that needs a known-good signature. */
export const signingVectors: readonly SigningVector[] = (
  JSON.parse(readFileSync(new URL('../vectors/signing.json', import.meta.url), 'utf8')) as {
    vectors: SigningVector[];
  }
).vectors;

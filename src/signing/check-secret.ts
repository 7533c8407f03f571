import { invalid, SpikeKitError } from '../core/index.ts';
import type { Bytes } from './hmac.ts';

/** Options of {@link checkSecret}. */
export interface CheckSecretOptions {
  /** The public function whose option it is, for the message: `'simulate'`, `'verifyEndpoint'` ... */
  readonly caller: string;
  /** The option's name; default `'secret'`. */
  readonly option?: string;
  /** When true, an absent secret (`undefined`) is `SECRET_REQUIRED` instead of `undefined`. */
  readonly required?: boolean;
}

const EXPECTED = 'a non-empty string or Uint8Array (the key Spike signs with)';

/**
 * The kit's one check of a signing secret given as an option. A non-empty string or `Uint8Array` (a `Buffer`) is
 * returned unchanged, `undefined` means "no secret" (or `SECRET_REQUIRED` when `required`); anything else, the
 * empty string and empty bytes included, is `INVALID_OPTION`: never an unsigned delivery, never a `TypeError`
 * from `node:crypto`. `buildDelivery` and `sign` call it; so should every option that takes a secret.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a secret of the wrong type or an empty one; `SECRET_REQUIRED`
 *   when `required` and the secret is `undefined`.
 * @example
 * ```ts
 * import { checkSecret } from 'spike-webhook-kit';
 * const secret = checkSecret(options.secret, { caller: 'simulate' }); // Bytes | undefined
 * checkSecret(1234, { caller: 'simulate' }); // throws INVALID_OPTION: simulate's 'secret' must be ...
 * ```
 */
export function checkSecret(secret: unknown, options: CheckSecretOptions): Bytes | undefined {
  if (typeof secret === 'string' && secret.length > 0) return secret;
  if (secret === undefined) {
    if (options.required !== true) return undefined;
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      `${options.caller} needs the secret Spike signs with: pass { ${options.option ?? 'secret'} } (a non-empty string or bytes).`,
      { option: options.option ?? 'secret' },
    );
  }
  if (secret instanceof Uint8Array && secret.byteLength > 0) return secret;
  throw badSecret(`${options.caller}'s '${options.option ?? 'secret'}'`, EXPECTED, secret, options.option);
}

/**
 * The secrets a verification tries: one secret, or a non-empty list of them during a rotation.
 *
 * @throws {SpikeKitError} `SECRET_REQUIRED` when none is given, `INVALID_OPTION` for a wrong one.
 * @example
 * ```ts
 * secretList(['new', 'old'], 'verify'); // ['new', 'old']
 * ```
 */
export function secretList(secret: unknown, caller: string): readonly Bytes[] {
  if (typeof secret === 'string' && secret.length > 0) return [secret];
  if (secret === undefined) {
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      `${caller} needs the secret Spike signs with (a non-empty string or bytes, or a list of them during a rotation).`,
      { option: 'secret' },
    );
  }
  if (secret instanceof Uint8Array && secret.byteLength > 0) return [secret];
  const what = `${caller}'s 'secret'`;
  const expected = `${EXPECTED}, or a non-empty list of them during a rotation`;
  if (!Array.isArray(secret) || secret.length === 0) throw badSecret(what, expected, secret, 'secret');
  for (let i = 0; i < secret.length; i++) {
    const item: unknown = secret[i];
    const ok =
      (typeof item === 'string' && item.length > 0) || (item instanceof Uint8Array && item.byteLength > 0);
    if (!ok) throw badSecret(`${caller}'s 'secret[${i}]'`, EXPECTED, item, 'secret');
  }
  return secret as readonly Bytes[];
}

function badSecret(what: string, expected: string, got: unknown, option: string | undefined): SpikeKitError {
  return invalid('INVALID_OPTION', what, expected, redact(got), {
    details: { option: option ?? 'secret' },
    hint: 'Read it from your configuration (e.g. process.env.SPIKE_WEBHOOK_SECRET) and check that it is set.',
  });
}

/** A wrong secret as it may be shown: its shape, with every non-empty text replaced (a secret never reaches a log). */
function redact(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? '' : '<redacted>';
  if (value instanceof Uint8Array) return value.byteLength === 0 ? 'empty bytes' : '<redacted bytes>';
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object' && value !== null) return 'an object';
  return value;
}

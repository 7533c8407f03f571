import { SpikeKitError } from '../core/index.ts';
import { type BodyStyle, serializeBody, withEventInstant } from '../delivery/index.ts';
import { compileMessageTemplate, getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { type Bytes, sign } from '../signing/index.ts';
import { contractDefaults } from './contract-defaults.ts';
import { endpointStates, type SignatureMode, signatureModes } from './provider-states.ts';

/** Options of {@link Resigner}, shared by `verifyEndpoint` and the signing proxy. */
export interface ResignOptions {
  readonly profile: ProfileRef;
  /** The webhook secret the endpoint under test is configured with. */
  readonly secret: Bytes;
  /** The new secret, used under the state {@link endpointStates}`.secretRotated`. */
  readonly rotatedSecret?: Bytes;
  /**
   * How replayed bodies are written. Default `'awkward'` (spaces, `\u00e9` escapes, `1.50`, a final newline): a
   * receiver that verifies re-serialised JSON instead of the raw bytes fails. `'compact'` keeps the bytes the
   * verifier sent.
   */
  readonly bodyStyle?: BodyStyle | readonly BodyStyle[];
  /** The clock for fresh timestamp headers, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Defaults of {@link ResignOptions}.
 *
 * @example
 * ```ts
 * new Resigner({ profile: 'spike-forms', secret, bodyStyle: resignDefaults.bodyStyle });
 * ```
 */
export const resignDefaults = { bodyStyle: 'awkward' } as const satisfies Partial<ResignOptions>;

/** A provider-state call as Pact's verifiers send it. */
export interface StateCall {
  readonly state: string;
  readonly action?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The request to forward, or why it cannot be. */
export type Resigned =
  | {
      readonly ok: true;
      readonly body: Buffer;
      readonly headers: Record<string, string>;
      readonly mode: SignatureMode;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Re-signs replayed contract requests the way Spike would sign them, over exactly the bytes forwarded: v2 over the
 * `event_id`, v3 and forms over the raw body, the timestamped dialect over a fresh `"{timestamp}.{body}"`. It follows
 * the provider states it is shown ({@link observe}) to sign with the configured secret, the rotated one, another
 * secret, or not at all.
 *
 * @example
 * ```ts
 * const resigner = new Resigner({ profile: 'spike-forms', secret });
 * resigner.observe({ state: 'the webhook secret is configured', action: 'setup', params: { signature: 'valid' } });
 * const out = resigner.resign(rawBody, headers); // { ok: true, body, headers: { 'x-spike-signature': 'sha256=…' } }
 * ```
 */
export class Resigner {
  readonly profile: Profile;
  readonly #options: ResignOptions;
  #state: StateCall | undefined;
  #sawStateCall = false;
  readonly #usesTimestamp: boolean;

  constructor(options: ResignOptions) {
    this.profile = getProfile(options.profile);
    if (options.secret === undefined || options.secret.length === 0) {
      throw new SpikeKitError(
        'SECRET_REQUIRED',
        `Re-signing contract requests needs the ${this.profile.signature.key} the endpoint is configured with: pass { secret }.`,
        { profile: this.profile.id },
      );
    }
    this.#options = options;
    this.#usesTimestamp = compileMessageTemplate(this.profile.signature.signs).some(
      (part) => part.type === 'timestamp',
    );
  }

  /** Records a provider-state call: `setup` makes it current, `teardown` clears it. */
  observe(call: StateCall): void {
    this.#sawStateCall = true;
    if (call.action === 'teardown') {
      if (this.#state?.state === call.state) this.#state = undefined;
      return;
    }
    this.#state = call;
  }

  /** Whether any provider-state call has been observed (a verifier run without one was given no state URL). */
  get sawStateCall(): boolean {
    return this.#sawStateCall;
  }

  /** The name of the current provider state, `undefined` when none is set up. */
  get currentState(): string | undefined {
    return this.#state?.state;
  }

  /** The signature mode for the current state. */
  mode(): SignatureMode {
    const wanted = this.#state?.params?.signature;
    return signatureModes.includes(wanted as SignatureMode) ? (wanted as SignatureMode) : 'valid';
  }

  /**
   * The body (restyled) and headers to forward for one replayed request: the signature (and timestamp) headers
   * replaced, `content-length` set to the new length.
   */
  resign(body: unknown, headers: Readonly<Record<string, string | readonly string[] | undefined>>): Resigned {
    const spec = this.profile.signature;
    const nowMs = this.#usesTimestamp ? (this.#options.now ?? Date.now)() : undefined;
    const bytes = this.#bytes(body, nowMs);
    const out: Record<string, string> = {};
    const drop = new Set(
      [spec.header, spec.timestampHeader, 'content-length', 'transfer-encoding']
        .filter((h): h is string => h !== undefined)
        .map((h) => h.toLowerCase()),
    );
    // A request recorded without a signature is replayed without one, whatever the state says.
    let recordedSigned = false;
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && name.toLowerCase() === spec.header.toLowerCase()) recordedSigned = true;
      if (value === undefined || drop.has(name.toLowerCase())) continue;
      out[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
    }
    out['content-length'] = String(bytes.length);
    const mode = recordedSigned ? this.mode() : 'missing';
    const rotated = this.#state?.state === endpointStates.secretRotated;
    let key: Bytes | undefined = this.#options.secret;
    if (rotated && mode !== 'missing') {
      key = this.#options.rotatedSecret;
      if (key === undefined) {
        return {
          ok: false,
          message: `spike-webhook-kit: the contract has an interaction under the state '${endpointStates.secretRotated}', but no rotatedSecret was given. Pass { rotatedSecret } (the new secret your endpoint accepts after a rotation) and handle that state.`,
        };
      }
    }
    if (mode === 'wrong-secret') key = contractDefaults.wrongSecret;
    const timestamp = nowMs === undefined ? undefined : String(Math.floor(nowMs / 1000));
    if (timestamp !== undefined && spec.timestampHeader !== undefined) {
      out[spec.timestampHeader.toLowerCase()] = timestamp;
    }
    if (mode !== 'missing') {
      try {
        out[spec.header.toLowerCase()] = sign(this.profile, key, bytes, { timestamp });
      } catch (error) {
        return {
          ok: false,
          message: `spike-webhook-kit: cannot sign the replayed request: ${(error as Error).message}`,
        };
      }
    }
    return { ok: true, body: bytes, headers: out, mode };
  }

  /**
   * The bytes to forward: the body restyled; for a dialect that signs a timestamp, its own timestamp field (if it
   * has one) moved to the signing instant, so the body never contradicts the header.
   */
  #bytes(body: unknown, nowMs: number | undefined): Buffer {
    const style = this.#options.bodyStyle ?? resignDefaults.bodyStyle;
    const compactOnly = style === 'compact' || (Array.isArray(style) && style.every((s) => s === 'compact'));
    const field = nowMs === undefined ? undefined : this.profile.signature.timestampField;
    const stamped = (event: unknown) =>
      field === undefined
        ? event
        : withEventInstant(event, field, Math.floor((nowMs as number) / 1000) * 1000);
    if (Buffer.isBuffer(body) || body instanceof Uint8Array || typeof body === 'string') {
      const raw = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
      if (raw.length === 0 || (compactOnly && field === undefined)) return raw;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        return raw;
      }
      const event = stamped(parsed);
      if (compactOnly && event === parsed) return raw;
      return Buffer.from(serializeBody(event, style));
    }
    if (body === undefined || body === null) return Buffer.alloc(0);
    return Buffer.from(serializeBody(stamped(body), style));
  }
}

/** True when `body` is shaped like a provider-state call (`{ state, action }`); only a state path's body is one. */
export function isStateCall(body: unknown): body is StateCall {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as StateCall).state === 'string' &&
    ((body as StateCall).action === undefined ||
      (body as StateCall).action === 'setup' ||
      (body as StateCall).action === 'teardown')
  );
}

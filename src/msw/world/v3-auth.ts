import { timingSafeEqual } from 'node:crypto';
import { V3_APPLICATION_USER_ID } from '../../schemas/health-v3/index.ts';
import { hmacSha256Hex } from '../../signing/index.ts';
import { badParameter, ProblemAnswer } from './problem.ts';

/** What the mocked v3 auth needs: the app's id and HMAC key, and how long a token lives. */
export interface V3AuthConfig {
  readonly applicationId: number;
  readonly hmacKey: string;
  /** Token lifetime, ms; `undefined`: tokens never expire (Spike documents no lifetime). */
  readonly tokenTtlMs: number | undefined;
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The bearer tokens of a mocked v3 API: `POST /auth/hmac` issues one for an `application_user_id` whose signature is
 * the hex HMAC-SHA256 of the id under the HMAC key; every other call must present one. Tokens are JWT-shaped
 * (`header.payload.signature`) and deterministic: the same user at the same instant gets the same token.
 *
 * @example
 * ```ts
 * const tokens = new V3Tokens({ applicationId: 9999, hmacKey: 'key', tokenTtlMs: undefined });
 * const { access_token } = tokens.issue({ application_id: 9999, application_user_id: 'u1', signature }, now);
 * tokens.userOf(`Bearer ${access_token}`, now); // 'u1'
 * ```
 */
export class V3Tokens {
  readonly #config: V3AuthConfig;
  readonly #issued = new Map<string, { user: string; expiresMs: number }>();

  constructor(config: V3AuthConfig) {
    this.#config = config;
  }

  /** Checks an `/auth/hmac` body and issues a token, or throws the problem Spike would answer. */
  issue(body: unknown, nowMs: number): { access_token: string } {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badParameter('body', 'expected a JSON object { application_id, application_user_id, signature }');
    }
    const { application_id: appId, application_user_id: user, signature } = body as Record<string, unknown>;
    if (!Number.isInteger(appId)) throw badParameter('body.application_id', 'expected an integer', appId);
    if (typeof user !== 'string' || !V3_APPLICATION_USER_ID.test(user)) {
      throw badParameter('body.application_user_id', 'expected 1-128 characters of A-Za-z0-9-_.', user);
    }
    if (typeof signature !== 'string' || signature === '') {
      throw badParameter('body.signature', 'expected the hex HMAC-SHA256 of application_user_id', signature);
    }
    if (appId !== this.#config.applicationId) {
      throw new ProblemAnswer(401, 'Unauthorized', `unknown application_id ${String(appId)}`);
    }
    const expected = Buffer.from(hmacSha256Hex(this.#config.hmacKey, user));
    const got = Buffer.from(signature.toLowerCase());
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
      throw new ProblemAnswer(
        401,
        'Unauthorized',
        'signature is not the hex HMAC-SHA256 of application_user_id under the application HMAC key',
      );
    }
    const iat = Math.floor(nowMs / 1000);
    const header = base64url('{"alg":"HS256","typ":"JWT"}');
    const payload = base64url(JSON.stringify({ iss: String(appId), sub: user, iat }));
    const mac = Buffer.from(hmacSha256Hex(this.#config.hmacKey, `${header}.${payload}`), 'hex').toString(
      'base64url',
    );
    const token = `${header}.${payload}.${mac}`;
    const ttl = this.#config.tokenTtlMs;
    this.#issued.set(token, { user, expiresMs: ttl === undefined ? Number.POSITIVE_INFINITY : nowMs + ttl });
    return { access_token: token };
  }

  /** The `application_user_id` of an `Authorization` header's bearer token, or the 401 problem Spike would answer. */
  userOf(authorization: string | null, nowMs: number): string {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (match === null) {
      throw new ProblemAnswer(
        401,
        'Unauthorized',
        authorization === null
          ? 'missing Authorization: Bearer <token> header'
          : 'Authorization must be "Bearer <token>"',
      );
    }
    const entry = this.#issued.get(match[1] as string);
    if (entry === undefined) throw new ProblemAnswer(401, 'Unauthorized', 'unknown or invalid bearer token');
    if (nowMs >= entry.expiresMs)
      throw new ProblemAnswer(401, 'Unauthorized', 'the bearer token has expired');
    return entry.user;
  }
}

/** One entry of a problem's `errors`: what was wrong, where (`query.from_date`, `body.signature` ...), the value. */
export interface ProblemError {
  readonly message: string;
  readonly location: string;
  readonly value?: unknown;
}

/**
 * A bad request the mocked v3 API answers with a problem: thrown by the parameter readers, turned into an RFC 9457
 * answer by the route.
 *
 * @example
 * ```ts
 * throw new ProblemAnswer(400, 'Bad Request', 'to_date is before from_date', [{ message: '...', location: 'query.to_date' }]);
 * ```
 */
export class ProblemAnswer extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: readonly ProblemError[];

  constructor(status: number, title: string, detail: string, errors: readonly ProblemError[] = []) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
  }

  /** The answer: `application/problem+json` `{ title, status, detail, errors }`. */
  toResponse(headers: Record<string, string> = {}): Response {
    return problemResponse(this.status, this.title, this.message, this.errors, headers);
  }
}

/**
 * An RFC 9457 `application/problem+json` answer shaped like Spike's `ErrorModel`: `{ title, status, detail, errors }`.
 *
 * @example
 * ```ts
 * problemResponse(401, 'Unauthorized', 'missing bearer token');
 * ```
 */
export function problemResponse(
  status: number,
  title: string,
  detail: string,
  errors: readonly ProblemError[] = [],
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ title, status, detail, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** A 400 problem for one bad parameter. */
export function badParameter(location: string, message: string, value?: unknown): ProblemAnswer {
  return new ProblemAnswer(400, 'Bad Request', `${location}: ${message}`, [
    value === undefined ? { message, location } : { message, location, value },
  ]);
}

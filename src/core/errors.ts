/**
 * Expected failures of the domain. Services throw these; the schema maps each to a typed GraphQL
 * error (or, for authorization, a top-level error with a code). Anything else that a service
 * throws is unexpected and is masked for clients.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export interface ValidationIssue {
  path: string[];
  message: string;
}

/** The input broke a rule; each issue names the input field it concerns. */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.length === 1 ? issues[0].message : `${issues.length} input fields are invalid`);
  }
  static field(path: string, message: string): ValidationError {
    return new ValidationError([{ path: path.split('.'), message }]);
  }
}

/** The entity does not exist, or belongs to another firm, or the viewer may not see it: all alike. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** The change conflicts with the current state (a number already taken, a matter already closed). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

/** The viewer is signed in but their role does not allow this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your role does not allow this action') {
    super(message);
  }
}

/** No valid session where one is required. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to continue') {
    super(message);
  }
}

/** Too many attempts from this account or address; try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`);
  }
}

/**
 * The server could not take the request on in time (no database connection free within
 * DATABASE_POOL_TIMEOUT_MS, too much password hashing queued): nothing was written; retry after
 * `retryAfterSeconds`. HTTP answers 503 with `Retry-After`.
 */
export class ServiceBusyError extends DomainError {
  readonly code = 'SERVICE_BUSY';
  constructor(
    readonly retryAfterSeconds = 1,
    message = 'The server is busy; nothing was changed, retry in a moment',
  ) {
    super(message);
  }
}

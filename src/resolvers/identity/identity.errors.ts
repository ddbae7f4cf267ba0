import { DomainError } from '../../core/errors.ts';

/** Email and password do not match an active user; deliberately vague about which part was wrong. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Email or password is incorrect');
  }
}

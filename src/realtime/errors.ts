import { DomainError } from '../core/errors.ts';

/** A per-connection realtime limit was reached (subscriptions per connection); the connection stays open. */
export class RealtimeLimitError extends DomainError {
  readonly code = 'LIMIT_EXCEEDED';
}

/** A subscriber fell too far behind its events; it should resubscribe and read the current state. */
export class SubscriberTooSlowError extends DomainError {
  readonly code = 'SUBSCRIBER_TOO_SLOW';
  constructor() {
    super('Too many undelivered events for this subscription; subscribe again');
  }
}

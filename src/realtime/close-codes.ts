/**
 * WebSocket close codes LexGraph uses on `/graphql`. graphql-ws owns 4400, 4401, 4403, 4406,
 * 4408, 4409, 4429 and 4500; ours start at 4430 so a client never mistakes one for the other.
 * graphql-ws clients retry on 443x by default: set `shouldRetry` to stop on the ones you treat as fatal.
 */
export const CloseCode = {
  /** Missing, malformed, forged or expired token in `connection_init`, or the token expired while connected. */
  Unauthorized: 4401,
  /** The token is valid but the account is disabled or gone, or its role changed (at connect time or later; connect again). */
  Forbidden: 4403,
  /** No `connection_init` within the configured timeout (graphql-ws). */
  ConnectionInitTimeout: 4408,
  /** The user already has `WS_MAX_CONNECTIONS_PER_USER` connections (across all instances when Redis is on). */
  TooManyUserConnections: 4430,
  /** This server already holds `WS_MAX_CONNECTIONS` connections. */
  ServerFull: 4431,
  /** More than `WS_MESSAGE_BURST` messages at once or `WS_MESSAGES_PER_SECOND` sustained. */
  RateLimited: 4432,
  /** A message larger than `WS_MAX_MESSAGE_BYTES` (standard WebSocket code, sent by the `ws` library). */
  MessageTooBig: 1009,
  /** The live event feed (Redis) was interrupted: reconnect; events flow again once it is back. */
  ServiceRestart: 1012,
  /** The server is shutting down. */
  GoingAway: 1001,
} as const;

/**
 * A domain event as it travels over pub/sub: enough to route and authorize it. Subscribers read
 * the changed data themselves, so what they see is what the database says now and what they may see.
 */
export interface FirmEventMessage {
  id: string;
  /** The event's position in the firm-wide log, as a string (it is a bigint). */
  position: string;
  /** The event type, e.g. "matter.created". */
  type: string;
  firmId: string;
  entityType: string;
  entityId: string;
  matterId: string | null;
  actorId: string | null;
  occurredAt: string;
}

/**
 * Every pub/sub topic and the payload it carries; the scope (the second part of a channel name)
 * says whose events they are. Later domains add their topics here.
 */
export interface TopicPayloads {
  /** Every domain event of one firm; scope: the firm's id. */
  firmEvents: FirmEventMessage;
  /** Sessions made stale (a user's, or every user's of a firm) that every instance drops from its cache; scope: "all". */
  sessions: { userId: string } | { firmId: string } | { apiKeyId: string };
}

export type Topic = keyof TopicPayloads;

/** The pub/sub channel of a topic and scope, under the deployment's key prefix. */
export function channelName(prefix: string, topic: Topic, scope: string): string {
  return `${prefix}${topic}:${scope}`;
}

import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Sessions } from '../auth/sessions.ts';
import type { Context, Credential, Viewer } from '../core/context.ts';
import type { Logger } from '../logger.ts';
import type { QueryBudget } from '../security/query-budget.ts';
import type { TrustedDocuments } from '../security/trusted-documents.ts';
import type { PubSub } from './pubsub.ts';
import type { RealtimeSettings } from './settings.ts';

export interface GraphQLWsDeps {
  server: Server;
  schema: GraphQLSchema;
  settings: RealtimeSettings;
  pubsub: PubSub;
  /** Authentication, and the announcements of changed sessions that reach every instance. */
  sessions: Sessions;
  /** Proxies whose X-Forwarded-For entries are believed (see `clientIp`). */
  trustProxy: number;
  log: Logger;
  exposeInternal: boolean;
  /** Whether operations may introspect the schema (INTROSPECTION); on when omitted. */
  introspection?: boolean;
  buildContext(requestId: string, caller: { viewer: Viewer | null; credential: Credential | null; clientIp: string }): Context;
  /** The query budget every operation start spends from, as over HTTP. */
  budget: QueryBudget;
  maxQueryCost: number;
  /** The trusted documents: operations may name one by hash, and some callers may run nothing else. */
  trusted: TrustedDocuments;
}

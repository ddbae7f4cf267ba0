import type { Server } from 'node:http';
import type { TokenService } from '../auth/token.ts';
import type { Config } from '../config.ts';
import type { Credential, Viewer } from '../core/context.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { WorkerRuntime } from '../queue/runtime.ts';
import type { JobSettings } from '../queue/settings.ts';
import type { ReadPathOptions } from '../readpath/plugin.ts';
import type { PubSub } from '../realtime/pubsub.ts';
import type { RealtimeSettings } from '../realtime/settings.ts';
import type { SecuritySettings } from '../security/settings.ts';
import type { TrustedDocuments } from '../security/trusted-documents.ts';
import type { HttpSettings } from './settings.ts';

export interface AppDeps {
  config: Pick<Config, 'NODE_ENV' | 'BODY_LIMIT_BYTES' | 'SHUTDOWN_TIMEOUT_MS'>;
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
  /** Where committed changes are published; an in-process pub/sub (single instance) when omitted. */
  pubsub?: PubSub;
  /** WebSocket limits, dashboard pacing and live watches per user; each defaults to {@link REALTIME_DEFAULTS} (dashboard: 1 s, watches: 20). */
  realtime?: Partial<RealtimeSettings> & { dashboardMinIntervalMs?: number; maxWatchesPerUser?: number };
  /** Settings of background work that services enqueue with; defaults with a random webhook key when omitted. */
  jobs?: JobSettings;
  /** The background worker running in this process (WORKER=inline), reported by /health/ready. */
  worker?: Pick<WorkerRuntime, 'status'> | null;
  /** The SQL read path's pool (and statement hook); without it every operation is resolved field by field. */
  readPath?: Pick<ReadPathOptions, 'pool' | 'onQuery'>;
  /** Sign-in limits, client addresses and password hashing; each defaults to {@link SECURITY_DEFAULTS}. */
  security?: Partial<SecuritySettings>;
  /** The database the server LISTENs on for pushed changes (job progress); without it nothing is pushed. */
  databaseUrl?: string;
  /** The trusted documents and whether every caller must use them; by default the codegen manifest, not required. */
  trustedDocuments?: TrustedDocuments;
  /** CORS, GraphiQL and introspection; each defaults to {@link HTTP_DEFAULTS}. */
  http?: Partial<HttpSettings>;
}

/** Who a request or WebSocket operation comes from, as its context is built for. */
export interface Caller {
  viewer: Viewer | null;
  credential: Credential | null;
  clientIp: string;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes sockets. */
  close(): Promise<void>;
}

import type { TokenService } from './auth/token.ts';
import type { PrismaClient } from './db/client.ts';
import type { Role } from './generated/prisma/enums.ts';
import type { Loaders } from './loaders/index.ts';
import type { Logger } from './logger.ts';
import type { JobSettings } from './queue/settings.ts';
import type { DashboardFeed } from './realtime/dashboard-feed.ts';
import type { PubSub } from './realtime/pubsub.ts';

/** The signed-in user as loaded for this request (never trusted from the token alone). */
export interface Viewer {
  id: string;
  firmId: string;
  role: Role;
  name: string;
  email: string;
  /** The firm lets every staff member see every matter. */
  openMatterAccess: boolean;
}

/** What every service and resolver receives: one per HTTP request or WebSocket operation. */
export interface Context {
  requestId: string;
  prisma: PrismaClient;
  tokens: TokenService;
  viewer: Viewer | null;
  loaders: Loaders;
  log: Logger;
  /** Settings of background work (email, webhooks, retries) that services enqueue jobs with. */
  jobs: JobSettings;
  /** Live events: where committed changes are published, and the shared dashboard feed. */
  realtime: Realtime;
}

/** The realtime services of one server process. */
export interface Realtime {
  pubsub: PubSub;
  dashboard: DashboardFeed;
}

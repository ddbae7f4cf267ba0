import type { TokenService } from '../auth/token.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import type { Logger } from '../logger.ts';
import type { JobSettings } from '../queue/settings.ts';
import type { PubSub } from '../realtime/pubsub.ts';
import type { Services } from './services.ts';

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

/** The DataLoaders one request has made so far, by their definition (see `loaders.ts`). */
export type LoaderCache = Map<object, unknown>;

/** What every service and resolver receives: one per HTTP request or WebSocket operation. */
export interface Context {
  requestId: string;
  prisma: PrismaClient;
  tokens: TokenService;
  viewer: Viewer | null;
  /** This request's DataLoaders, made on first use (see `loaders.ts`); emptied when the viewer changes. */
  loaders: LoaderCache;
  log: Logger;
  /** Settings of background work (email, webhooks, retries) that services enqueue jobs with. */
  jobs: JobSettings;
  /** Where committed changes are published to subscribers on every instance. */
  pubsub: PubSub;
  /** Long-lived services of this process that domains declare (e.g. a shared live feed). */
  services: Services;
}

/**
 * Makes the rest of the request run as `viewer` (sign-in and registration answer as the user they
 * just signed in): loaders made for the anonymous caller are dropped, so nothing leaks across.
 */
export function actAs(ctx: Context, viewer: Viewer): void {
  ctx.viewer = viewer;
  ctx.loaders = new Map();
}

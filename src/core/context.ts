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
  /** Set when the caller is a partner's API key (a service principal of the firm), not a person. */
  apiKey?: ApiKeyPrincipal;
}

/** The API key a request authenticated with, and the scopes it was granted. */
export interface ApiKeyPrincipal {
  id: string;
  name: string;
  scopes: readonly string[];
  /** Only documents of the trusted manifest run for this key. */
  trustedDocumentsOnly: boolean;
}

/** The session token a request was authenticated with (for `logout`, which revokes it alone). */
export interface Credential {
  tokenId: string;
  expiresAt: number;
}

/** Whose cached sessions a change makes stale: one user's, those of every user of a firm, or an API key's. */
export type SessionChange = { userId: string } | { firmId: string } | { apiKeyId: string };

/**
 * Tells every instance at once that who a user is or what they may do has changed (role, state,
 * password, sign-outs, the firm's settings), so each drops its cached sessions and reads them again.
 */
export interface SessionNotifier {
  changed(change: SessionChange): Promise<void>;
}

/**
 * A named limit that a key (an account, an address) may reach: `consume` takes points and throws
 * a rate-limited error once the key has none left; `reward` gives points back (a success).
 */
export interface Throttle {
  consume(limit: string, key: string, points?: number): Promise<void>;
  /** Throws the rate-limited error when the key has no points left, without taking any. */
  check(limit: string, key: string): Promise<void>;
  reset(limit: string, key: string): Promise<void>;
}

/**
 * What the current operation cost and what is left of the caller's query budget (a leaky bucket
 * shared by every instance), as charged before it ran.
 */
export interface OperationCharge {
  cost: number;
  maximumAvailable: number;
  currentlyAvailable: number;
  /** Points restored per second. */
  restoreRate: number;
  /** When the bucket is full again. */
  resetAt: Date;
}

/** The DataLoaders one request has made so far, by their definition (see `loaders.ts`). */
export type LoaderCache = Map<object, unknown>;

/** What every service and resolver receives: one per HTTP request or WebSocket operation. */
export interface Context {
  requestId: string;
  prisma: PrismaClient;
  tokens: TokenService;
  viewer: Viewer | null;
  /** The token the viewer presented; null for anonymous requests. */
  credential: Credential | null;
  /** Where changes to sessions are announced; services call it after commit. */
  sessions: SessionNotifier;
  /** The client's address (X-Forwarded-For counted as TRUST_PROXY says), for per-address limits. */
  clientIp: string;
  /** Throttles of abuse-prone operations (sign-in, registration, password resets), shared by every instance. */
  throttle: Throttle;
  /** This request's DataLoaders, made on first use (see `loaders.ts`); emptied when the viewer changes. */
  loaders: LoaderCache;
  log: Logger;
  /** Settings of background work (email, webhooks, retries) that services enqueue jobs with. */
  jobs: JobSettings;
  /** Where committed changes are published to subscribers on every instance. */
  pubsub: PubSub;
  /** Long-lived services of this process that domains declare (e.g. a shared live feed). */
  services: Services;
  /** Set once the operation has been costed and charged (absent for anonymous callers and outside GraphQL). */
  charge?: OperationCharge;
}

/**
 * Makes the rest of the request run as `viewer` (sign-in and registration answer as the user they
 * just signed in): loaders made for the anonymous caller are dropped, so nothing leaks across.
 */
export function actAs(ctx: Context, viewer: Viewer): void {
  ctx.viewer = viewer;
  ctx.loaders = new Map();
}

import type { TokenService } from './auth/token.ts';
import type { PrismaClient } from './db/client.ts';
import type { Role } from './generated/prisma/enums.ts';
import type { Loaders } from './loaders/index.ts';
import type { Logger } from './logger.ts';

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
}

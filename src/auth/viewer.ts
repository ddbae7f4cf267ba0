import type { Viewer } from '../core/context.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import type { PrismaClient } from '../db/client.ts';
import type { TokenService } from './token.ts';

/** The columns a viewer is built from; every transport reads the user with this selection. */
export const VIEWER_SELECT = {
  id: true,
  firmId: true,
  role: true,
  name: true,
  email: true,
  active: true,
  firm: { select: { openMatterAccess: true } },
} as const;

export interface ViewerRow {
  id: string;
  firmId: string;
  role: Viewer['role'];
  name: string;
  email: string;
  firm: { openMatterAccess: boolean };
}

export function toViewer(user: ViewerRow): Viewer {
  return {
    id: user.id,
    firmId: user.firmId,
    role: user.role,
    name: user.name,
    email: user.email,
    openMatterAccess: user.firm.openMatterAccess,
  };
}

/** The token of an `Authorization: Bearer <token>` value, or null when the value has another shape. */
export function bearerToken(authorization: string): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1] ?? null;
}

/**
 * Turns an `Authorization` value into the viewer, reading the user from the database: for scripts
 * and tools outside a server. Requests are authenticated through `Sessions` (cached, invalidated
 * on every instance), which `RouteDeps.authenticate` exposes to routes. No header means an
 * anonymous request (null); a malformed, expired, forged, revoked or ended token, or one whose user
 * is gone or inactive, is an authentication error.
 */
export async function authenticate(
  prisma: PrismaClient,
  tokens: TokenService,
  authorization: string | undefined | null,
): Promise<Viewer | null> {
  if (!authorization) return null;
  const token = bearerToken(authorization);
  if (!token) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const claims = await tokens.verify(token);
  if (!claims) throw new UnauthenticatedError('Session token is invalid or expired; sign in again');
  const user = await prisma.user.findFirst({
    where: { id: claims.userId, firmId: claims.firmId, active: true },
    select: { ...VIEWER_SELECT, sessionVersion: true, revokedSessions: { where: { tokenId: claims.tokenId }, select: { tokenId: true } } },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion || user.revokedSessions.length > 0) {
    throw new UnauthenticatedError('Session token is invalid or expired; sign in again');
  }
  return toViewer(user);
}

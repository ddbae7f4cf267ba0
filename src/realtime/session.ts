import type { TokenService } from '../auth/token.ts';
import { bearerToken, toViewer, VIEWER_SELECT } from '../auth/viewer.ts';
import type { Viewer } from '../core/context.ts';
import type { PrismaClient } from '../db/client.ts';
import { CloseCode } from './close-codes.ts';

/** Who is on a WebSocket connection, until when. The viewer object is refreshed in place. */
export interface Session {
  viewer: Viewer;
  expiresAt: number;
}

export type ConnectionAuth = { session: Session } | { code: number; reason: string };

/**
 * Authenticates `connection_init`'s `authorization` ("Bearer <token>"): no, malformed, forged or
 * expired token → 4401; a valid token whose user is disabled or gone → 4403.
 */
export async function authenticateConnection(prisma: PrismaClient, tokens: TokenService, authorization: unknown): Promise<ConnectionAuth> {
  if (typeof authorization !== 'string' || !authorization.trim()) {
    return { code: CloseCode.Unauthorized, reason: 'Send connectionParams.authorization: "Bearer <token>"' };
  }
  const token = bearerToken(authorization);
  if (!token) return { code: CloseCode.Unauthorized, reason: 'Authorization must be "Bearer <token>"' };
  const claims = await tokens.verify(token);
  if (!claims) return { code: CloseCode.Unauthorized, reason: 'Session token is invalid or expired' };
  const user = await prisma.user.findFirst({ where: { id: claims.userId, firmId: claims.firmId }, select: VIEWER_SELECT });
  if (!user?.active) return { code: CloseCode.Forbidden, reason: 'Account is disabled' };
  return { session: { viewer: toViewer(user), expiresAt: claims.expiresAt } };
}

/**
 * Re-reads the users behind `sessions` in one query: role and firm settings are updated in place
 * (so per-event checks see them), and the ids of users now disabled or gone are returned.
 */
export async function refreshSessions(prisma: PrismaClient, sessions: Iterable<Session>): Promise<Set<string>> {
  const byUser = new Map<string, Session[]>();
  for (const session of sessions) byUser.set(session.viewer.id, [...(byUser.get(session.viewer.id) ?? []), session]);
  if (byUser.size === 0) return new Set();
  const users = await prisma.user.findMany({ where: { id: { in: [...byUser.keys()] }, active: true }, select: VIEWER_SELECT });
  for (const user of users) for (const session of byUser.get(user.id) ?? []) Object.assign(session.viewer, toViewer(user));
  const active = new Set(users.map((u) => u.id));
  return new Set([...byUser.keys()].filter((id) => !active.has(id)));
}

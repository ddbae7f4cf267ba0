import type { Viewer } from '../context.ts';
import type { PrismaClient } from '../db/client.ts';
import { UnauthenticatedError } from '../resolvers/errors.ts';
import type { TokenService } from './token.ts';

/**
 * Turns an `Authorization` value into the viewer. No header means an anonymous request (null);
 * a header with a malformed, expired or forged token, or one whose user is gone or inactive, is
 * an authentication error: a client holding a dead token should be told, not silently demoted.
 * The user is read from the database on every request so role changes apply at once.
 */
export async function authenticate(
  prisma: PrismaClient,
  tokens: TokenService,
  authorization: string | undefined | null,
): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const claims = await tokens.verify(match[1]);
  if (!claims) throw new UnauthenticatedError('Session token is invalid or expired; sign in again');
  const user = await prisma.user.findFirst({
    where: { id: claims.userId, firmId: claims.firmId, active: true },
    select: { id: true, firmId: true, role: true, name: true, email: true, firm: { select: { openMatterAccess: true } } },
  });
  if (!user) throw new UnauthenticatedError('Session token is invalid or expired; sign in again');
  return {
    id: user.id,
    firmId: user.firmId,
    role: user.role,
    name: user.name,
    email: user.email,
    openMatterAccess: user.firm.openMatterAccess,
  };
}

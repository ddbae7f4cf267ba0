import type { Context, Viewer } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';

/** The viewer, or an authentication error when the request carries no valid session. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The viewer when their role is one of `roles`; otherwise a forbidden error. */
export function requireRole(ctx: Context, roles: readonly Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw new ForbiddenError();
  return viewer;
}

/** Roles that may change data at all; READ_ONLY is the only one left out. */
export const WRITERS: readonly Role[] = ['ADMIN', 'ATTORNEY', 'PARALEGAL', 'BILLING'];
export const MATTER_EDITORS: readonly Role[] = ['ADMIN', 'ATTORNEY', 'PARALEGAL'];
export const MATTER_MANAGERS: readonly Role[] = ['ADMIN', 'ATTORNEY'];

/**
 * The matters a viewer may see: all of the firm's for admins or when the firm opens matters to all
 * staff, otherwise those they are a member of or responsible for.
 */
export function visibleMatterWhere(viewer: Viewer): Prisma.MatterWhereInput {
  if (viewer.role === 'ADMIN' || viewer.openMatterAccess) return { firmId: viewer.firmId };
  return {
    firmId: viewer.firmId,
    OR: [{ responsibleAttorneyId: viewer.id }, { members: { some: { userId: viewer.id } } }],
  };
}

/**
 * The in-memory twin of {@link visibleMatterWhere}, for a matter already loaded with the ids of
 * its members (per-event checks of subscriptions, where one load serves every subscriber).
 */
export function canSeeMatter(
  viewer: Viewer,
  matter: { firmId: string; responsibleAttorneyId: string | null },
  memberIds: ReadonlySet<string>,
): boolean {
  if (matter.firmId !== viewer.firmId) return false;
  if (viewer.role === 'ADMIN' || viewer.openMatterAccess) return true;
  return matter.responsibleAttorneyId === viewer.id || memberIds.has(viewer.id);
}

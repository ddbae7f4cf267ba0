import type { Viewer } from '../../core/context.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';

/** Roles that open and change matters. */
export const MATTER_EDITORS: readonly Role[] = ['ADMIN', 'ATTORNEY', 'PARALEGAL'];
/** Roles that close, reopen and staff matters. */
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

/** Who sees the same matters as `viewer`: the whole firm (with the same role) when every matter is open to them. */
export function matterAudience(viewer: Viewer): string {
  return viewer.role === 'ADMIN' || viewer.openMatterAccess ? `firm:${viewer.firmId}` : `user:${viewer.id}`;
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

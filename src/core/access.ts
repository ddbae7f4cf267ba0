import type { Role } from '../generated/prisma/enums.ts';
import type { Context, Viewer } from './context.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';

/** The viewer, or an authentication error when the request carries no valid session. */
export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The viewer when their role is one of `roles`; otherwise a forbidden error. */
export function requireRole(ctx: Pick<Context, 'viewer'>, roles: readonly Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw new ForbiddenError();
  return viewer;
}

/** Roles that may change data at all; READ_ONLY is the only one left out. */
export const WRITERS: readonly Role[] = ['ADMIN', 'ATTORNEY', 'PARALEGAL', 'BILLING'];
/** Those who run the firm: users, settings, webhooks, jobs and the audit trail. */
export const ADMINS: readonly Role[] = ['ADMIN'];

/** A Prisma `where` that matches no row: what a viewer sees of a kind of row they may not see at all. */
export const NOTHING = { id: { in: [] as string[] } } as const;

/** Rows of the viewer's firm. */
export const ofFirm = (viewer: Viewer) => ({ firmId: viewer.firmId });

/** The audience of rows everyone in the firm sees alike (with the same role). */
export const firmWide = (viewer: Viewer) => `firm:${viewer.firmId}`;

/** Rows of the viewer's firm when they are an admin; nothing otherwise. */
export const ofFirmForAdmins = (viewer: Viewer) => (viewer.role === 'ADMIN' ? { firmId: viewer.firmId } : null);

/** The user behind the viewer, for columns that name one: null for an API key, which is no user. */
export function personOf(viewer: Viewer): string | null {
  return viewer.apiKey ? null : viewer.id;
}

import { requireViewer } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { User } from '../../generated/prisma/client.ts';
import { signedOut, signedOutEverywhere } from './identity.actions.ts';

/**
 * Signs out the token this request presented, and only it: it is refused on every instance from
 * the next request on (until it would have expired anyway, when its record is cleaned up).
 */
export async function logout(ctx: Context): Promise<void> {
  const viewer = requireViewer(ctx);
  const credential = ctx.credential;
  if (!credential) throw new UnauthenticatedError();
  await change(ctx, async (w) => {
    await w.tx.revokedSession.upsert({
      where: { tokenId: credential.tokenId },
      create: { tokenId: credential.tokenId, firmId: viewer.firmId, userId: viewer.id, expiresAt: new Date(credential.expiresAt) },
      update: {},
    });
    await w.record(signedOut, { id: viewer.id });
    w.afterCommit(() => ctx.sessions.changed({ userId: viewer.id }));
  });
}

/** Ends every session of the signed-in user, this one included, on every instance at once. */
export async function signOutEverywhere(ctx: Context): Promise<User> {
  const viewer = requireViewer(ctx);
  return change(ctx, async (w) => {
    const user = await w.tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    await w.record(signedOutEverywhere, { id: viewer.id });
    w.afterCommit(() => ctx.sessions.changed({ userId: viewer.id }));
    return user;
  });
}

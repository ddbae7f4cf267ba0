import type { RetentionRule } from '../../core/domain.ts';

/** Signed-out tokens are kept only until they would have expired anyway. */
export const revokedSessionRetention: RetentionRule = {
  name: 'revoked sessions',
  run: async (prisma) => (await prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } })).count,
};

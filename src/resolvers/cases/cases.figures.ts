import type { LiveFigure } from '../../core/domain.ts';

/** Matters with status OPEN, for the live dashboard. */
export const openMatters: LiveFigure = (prisma, firmId) => prisma.matter.count({ where: { firmId, status: 'OPEN' } });

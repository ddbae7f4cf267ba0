import type { LiveFigure } from '../../../core/domain.ts';

/** The window of the dashboard's deadline figure. */
export const UPCOMING_DEADLINE_DAYS = 14;

/**
 * Scheduled deadlines from the start of today (UTC) to {@link UPCOMING_DEADLINE_DAYS} days after
 * `at`, for the live dashboard: today's all-day deadlines count until the day is over.
 */
export const upcomingDeadlines: LiveFigure = (prisma, firmId, at) => {
  const today = new Date(Math.floor(at.getTime() / 86_400_000) * 86_400_000);
  return prisma.calendarEvent.count({
    where: {
      firmId,
      kind: 'DEADLINE',
      status: 'SCHEDULED',
      startsAt: { gte: today, lt: new Date(at.getTime() + UPCOMING_DEADLINE_DAYS * 86_400_000) },
    },
  });
};

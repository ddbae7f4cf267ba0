import { requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';

/** Live firm KPIs. Money is a decimal string in the firm's currency, never a float. */
export interface DashboardMetrics {
  firmId: string;
  openMatters: number;
  /** Hours recorded this week (Monday 00:00 UTC on); 0 until time entries exist. */
  hoursThisWeek: number;
  /** Unbilled work in progress; "0.00" until billing exists. */
  workInProgress: string;
  /** Receivables more than 60 days overdue; "0.00" until billing exists. */
  receivablesOver60Days: string;
  /** Deadlines in the next 14 days; 0 until the docket exists. */
  upcomingDeadlines: number;
  computedAt: Date;
}

/** Firm-wide figures: for those who run the firm or its matters, not for paralegals or read-only staff. */
export const DASHBOARD_ROLES: readonly Role[] = ['ADMIN', 'ATTORNEY', 'BILLING'];

/** The viewer's firm, when their role may watch the dashboard. */
export function dashboardFirm(ctx: Context): string {
  return requireRole(ctx, DASHBOARD_ROLES).firmId;
}

/** Computes the firm's KPIs now, from the database; `computedAt` (default now) is when the reading started. */
export async function computeDashboardMetrics(prisma: PrismaClient, firmId: string, computedAt = new Date()): Promise<DashboardMetrics> {
  const openMatters = await prisma.matter.count({ where: { firmId, status: 'OPEN' } });
  return {
    firmId,
    openMatters,
    hoursThisWeek: 0,
    workInProgress: '0.00',
    receivablesOver60Days: '0.00',
    upcomingDeadlines: 0,
    computedAt,
  };
}

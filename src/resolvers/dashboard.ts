import type { Context } from '../context.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { requireRole } from './access.ts';

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

/** The domain events after which the KPIs may have changed; later domains add theirs. */
export const DASHBOARD_EVENT_TYPES: ReadonlySet<string> = new Set(['matter.created', 'matter.updated', 'matter.closed', 'matter.reopened']);

/** The viewer's firm, when their role may watch the dashboard. */
export function dashboardFirm(ctx: Context): string {
  return requireRole(ctx, DASHBOARD_ROLES).firmId;
}

/** Computes the firm's KPIs now, from the database. */
export async function computeDashboardMetrics(prisma: PrismaClient, firmId: string): Promise<DashboardMetrics> {
  const openMatters = await prisma.matter.count({ where: { firmId, status: 'OPEN' } });
  return {
    firmId,
    openMatters,
    hoursThisWeek: 0,
    workInProgress: '0.00',
    receivablesOver60Days: '0.00',
    upcomingDeadlines: 0,
    computedAt: new Date(),
  };
}

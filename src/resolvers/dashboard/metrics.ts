import { requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { registry } from '../../core/registry.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';

/** Live firm KPIs. Money is a decimal string in the firm's currency, never a float. */
export interface DashboardMetrics {
  firmId: string;
  openMatters: number;
  /** Hours recorded this week (Monday 00:00 UTC on); 0 while no domain provides it. */
  hoursThisWeek: number;
  /** Unbilled work in progress; "0.00" while no domain provides it. */
  workInProgress: string;
  /** Receivables more than 60 days overdue; "0.00" while no domain provides it. */
  receivablesOver60Days: string;
  /** Deadlines in the next 14 days; 0 while no domain provides it. */
  upcomingDeadlines: number;
  computedAt: Date;
}

/** Firm-wide figures: for those who run the firm or its matters, not for paralegals or read-only staff. */
export const DASHBOARD_ROLES: readonly Role[] = ['ADMIN', 'ATTORNEY', 'BILLING'];

/** The viewer's firm, when their role may watch the dashboard. */
export function dashboardFirm(ctx: Context): string {
  return requireRole(ctx, DASHBOARD_ROLES).firmId;
}

/**
 * Computes the firm's KPIs from the figures the domains declare (`figures` in their manifests);
 * `computedAt` (default now) is when the reading started.
 */
export async function computeDashboardMetrics(prisma: PrismaClient, firmId: string, computedAt = new Date()): Promise<DashboardMetrics> {
  const read = async <T extends number | string>(name: string, fallback: T): Promise<T> => {
    const figure = registry().figure(name);
    return figure ? ((await figure(prisma, firmId, computedAt)) as T) : fallback;
  };
  const [openMatters, hoursThisWeek, workInProgress, receivablesOver60Days, upcomingDeadlines] = await Promise.all([
    read('openMatters', 0),
    read('hoursThisWeek', 0),
    read('workInProgress', '0.00'),
    read('receivablesOver60Days', '0.00'),
    read('upcomingDeadlines', 0),
  ]);
  return { firmId, openMatters, hoursThisWeek, workInProgress, receivablesOver60Days, upcomingDeadlines, computedAt };
}

import { builder } from '../../core/graphql/builder.ts';
import { dashboardFeed } from '../../resolvers/dashboard/feed.ts';
import { type DashboardMetrics, dashboardFirm } from '../../resolvers/dashboard/metrics.ts';

const DashboardMetricsRef = builder.objectRef<DashboardMetrics>('DashboardMetrics').implement({
  description: "Live KPIs of your firm, recomputed after relevant changes (at most once a second) and shared by all of the firm's viewers.",
  fields: (t) => ({
    openMatters: t.exposeInt('openMatters', { description: 'Matters with status OPEN.' }),
    hoursThisWeek: t.exposeFloat('hoursThisWeek', {
      description: 'Hours recorded since Monday 00:00 UTC. Always 0 until time entries exist in LexGraph.',
    }),
    workInProgress: t.exposeString('workInProgress', {
      description: 'Unbilled work in progress, a decimal amount such as "1250.00". Always "0.00" until billing exists in LexGraph.',
    }),
    receivablesOver60Days: t.exposeString('receivablesOver60Days', {
      description: 'Invoiced amounts unpaid for more than 60 days, a decimal amount. Always "0.00" until billing exists in LexGraph.',
    }),
    upcomingDeadlines: t.exposeInt('upcomingDeadlines', {
      description: 'Scheduled DEADLINE calendar events due from the start of today (UTC) to 14 days from now.',
    }),
    computedAt: t.expose('computedAt', { type: 'DateTime', description: 'When these figures were computed.' }),
  }),
});

builder.subscriptionField('dashboardMetrics', (t) =>
  t.field({
    type: DashboardMetricsRef,
    description: "Your firm's KPIs now, then again after every relevant change. Admins, attorneys and billing staff.",
    subscribe: (_root, _args, ctx) => ctx.services.get(dashboardFeed).subscribe(dashboardFirm(ctx)),
    resolve: (metrics: DashboardMetrics, _args, ctx) => {
      dashboardFirm(ctx);
      return metrics;
    },
  }),
);

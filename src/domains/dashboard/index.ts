import '../../schema/dashboard/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { dashboardRoute, graphqlWsBundleRoute } from '../../routes/dashboard/dashboard-page.ts';

/** Live firm KPIs and the page that shows them. */
declareDomain({
  name: 'dashboard',
  routes: [dashboardRoute, graphqlWsBundleRoute],
  scopes: [
    { name: 'dashboard:read', description: 'Follow the live dashboard KPIs.', types: ['DashboardMetrics'], fields: ['dashboardMetrics'] },
  ],
});

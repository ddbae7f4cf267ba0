import type { TestServer } from '../support/server.ts';

export const MATTER_EVENTS =
  'subscription Events($filter: MatterEventFilter) { matterEvents(filter: $filter) { type matter { id title status } } }';
export const MATTER_UPDATED = 'subscription Updated($matterId: ID!) { matterUpdated(matterId: $matterId) { id title status } }';
export const DASHBOARD =
  'subscription Dashboard { dashboardMetrics { openMatters hoursThisWeek workInProgress receivablesOver60Days upcomingDeadlines computedAt } }';

export interface MatterEventData {
  matterEvents: { type: string; matter: { id: string; title: string; status: string } };
}

export interface MatterUpdatedData {
  matterUpdated: { id: string; title: string; status: string };
}

export interface DashboardData {
  dashboardMetrics: { openMatters: number; computedAt: string };
}

/** Renames a matter through the API; resolves with the result's typename (or the error). */
export async function renameMatter(api: TestServer, token: string, id: string, title: string): Promise<string> {
  const result = await api.gql<{ updateMatter: { __typename: string } }, unknown>(
    'mutation Rename($input: UpdateMatterInput!) { updateMatter(input: $input) { __typename } }',
    { input: { id, title } },
    { token },
  );
  return result.data?.updateMatter.__typename ?? JSON.stringify(result.errors);
}

export async function setMembership(api: TestServer, token: string, add: boolean, matterId: string, userId: string): Promise<string> {
  const name = add ? 'addMatterMember' : 'removeMatterMember';
  const input = add ? 'AddMatterMemberInput' : 'RemoveMatterMemberInput';
  const result = await api.gql<Record<string, { __typename: string }>, unknown>(
    `mutation Membership($input: ${input}!) { ${name}(input: $input) { __typename } }`,
    { input: { matterId, userId } },
    { token },
  );
  return result.data?.[name].__typename ?? JSON.stringify(result.errors);
}

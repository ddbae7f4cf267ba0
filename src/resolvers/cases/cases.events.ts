import { defineEvent, type NotificationRule } from '../../core/events.ts';
import type { Tx } from '../../db/client.ts';
import type { Matter } from '../../generated/prisma/client.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from './cases.entities.ts';
import { DOCKET_EVENTS } from './docket.events.ts';
import { PARTY_EVENTS } from './parties.events.ts';
import { RECORD_EVENTS, RECORD_NOTIFICATION_TYPES } from './record.events.ts';

/** The notification types the cases domain raises. */
export const CASES_NOTIFICATION_TYPES = [
  'matter.member_added',
  'matter.assigned',
  'matter.closed',
  'matter.reopened',
  ...RECORD_NOTIFICATION_TYPES,
] as const;

async function titleOf(tx: Tx, matterId: string | null): Promise<string> {
  if (!matterId) return 'a matter';
  const matter = await tx.matter.findUnique({ where: { id: matterId }, select: { number: true, title: true } });
  return matter ? `${matter.number} ${matter.title}` : 'a matter';
}

async function teamOf(tx: Tx, matterId: string): Promise<string[]> {
  const matter = await tx.matter.findUnique({
    where: { id: matterId },
    select: { responsibleAttorneyId: true, members: { select: { userId: true } } },
  });
  if (!matter) return [];
  return [...matter.members.map((m) => m.userId), ...(matter.responsibleAttorneyId ? [matter.responsibleAttorneyId] : [])];
}

// Notifications about a matter's events point at the matter, whatever the event's own entity.
const aboutMatter = (matterId: string | null) => ({ entityType: MatterEntity.type, entityId: matterId ?? undefined });

/** The attorney made responsible for a matter hears about it, on creation or when an update changes who it is. */
const assigned: NotificationRule<Matter> = async ({ before, after, event }, tx) => {
  const attorneyId = after?.responsibleAttorneyId;
  if (!attorneyId || before?.responsibleAttorneyId === attorneyId) return null;
  const title = await titleOf(tx, event.matterId);
  return {
    ...aboutMatter(event.matterId),
    type: 'matter.assigned',
    userIds: [attorneyId],
    title: `You are responsible for ${title}`,
    body: `You were made the responsible attorney of ${title}.`,
  };
};

/** The matter's team hears that it closed or reopened. */
const teamHears =
  (verb: 'closed' | 'reopened'): NotificationRule<Matter> =>
  async ({ event }, tx) => {
    if (!event.matterId) return null;
    const title = await titleOf(tx, event.matterId);
    return {
      ...aboutMatter(event.matterId),
      type: `matter.${verb}`,
      userIds: await teamOf(tx, event.matterId),
      title: `${title} was ${verb}`,
      body: `The matter ${title} was ${verb}.`,
    };
  };

export const clientCreated = defineEvent('client.created', ClientEntity, { description: 'A client was added.' });
export const clientUpdated = defineEvent('client.updated', ClientEntity, { description: "A client's details changed." });

export const matterCreated = defineEvent('matter.created', MatterEntity, {
  description: 'A matter was opened.',
  notify: assigned,
  dashboard: true,
  live: { value: 'CREATED', description: 'The matter was opened.' },
});
export const matterUpdated = defineEvent('matter.updated', MatterEntity, {
  description: "A matter's fields changed.",
  notify: assigned,
  dashboard: true,
  live: { value: 'UPDATED', description: 'Its fields changed.' },
});
export const matterClosed = defineEvent('matter.closed', MatterEntity, {
  description: 'A matter was closed.',
  notify: teamHears('closed'),
  dashboard: true,
  live: { value: 'CLOSED', description: 'It was closed.' },
});
export const matterReopened = defineEvent('matter.reopened', MatterEntity, {
  description: 'A closed matter was reopened.',
  notify: teamHears('reopened'),
  dashboard: true,
  live: { value: 'REOPENED', description: 'It was reopened.' },
});
export const matterMemberAdded = defineEvent('matter.member_added', MatterMemberEntity, {
  description: "Someone joined a matter's team.",
  notify: async ({ after, event }, tx) => {
    if (!after) return null;
    const title = await titleOf(tx, event.matterId);
    return {
      ...aboutMatter(event.matterId),
      type: 'matter.member_added',
      userIds: [after.userId],
      title: `You were added to ${title}`,
      body: `You are now on the team of ${title}.`,
    };
  },
  live: { value: 'MEMBER_ADDED', description: 'Someone joined its team.' },
});
export const matterMemberRemoved = defineEvent('matter.member_removed', MatterMemberEntity, {
  description: "Someone left a matter's team.",
  live: { value: 'MEMBER_REMOVED', description: 'Someone left its team.' },
});

/** The cases domain's events, in the order partners see them listed. */
export const CASES_EVENTS = [
  clientCreated,
  clientUpdated,
  matterCreated,
  matterUpdated,
  matterClosed,
  matterReopened,
  matterMemberAdded,
  matterMemberRemoved,
  ...PARTY_EVENTS,
  ...DOCKET_EVENTS,
  ...RECORD_EVENTS,
] as const;

/** The events about matters, which `matterEvents` subscribers receive. */
export const MATTER_EVENTS = CASES_EVENTS.filter((e) => e.live);

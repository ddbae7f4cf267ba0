import '../../schema/cases/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { CASES_EVENTS, CASES_NOTIFICATION_TYPES } from '../../resolvers/cases/cases.events.ts';
import { openMatters } from '../../resolvers/cases/cases.figures.ts';

/** Clients, matters and their teams. */
declareDomain({
  name: 'cases',
  entities: [ClientEntity, MatterEntity, MatterMemberEntity],
  events: CASES_EVENTS,
  notificationTypes: CASES_NOTIFICATION_TYPES,
  figures: { openMatters },
  scopes: [
    {
      name: 'matters:read',
      description: 'Read matters, clients, their members and matter events, and subscribe to them.',
      types: ['Matter', 'Client', 'MatterMember', 'MatterEvent'],
      fields: ['matters', 'clients', 'matterEvents', 'matterUpdated'],
    },
    {
      name: 'matters:write',
      description: 'Open, change, close and reopen matters, manage their members, and create and change clients.',
      fields: [
        'createMatter',
        'updateMatter',
        'closeMatter',
        'reopenMatter',
        'addMatterMember',
        'removeMatterMember',
        'createClient',
        'updateClient',
      ],
    },
  ],
});

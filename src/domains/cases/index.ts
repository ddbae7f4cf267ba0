import '../../schema/cases/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { CASES_EVENTS, CASES_NOTIFICATION_TYPES } from '../../resolvers/cases/cases.events.ts';
import { openMatters } from '../../resolvers/cases/cases.figures.ts';
import { DocketEntryEntity } from '../../resolvers/cases/docket.entities.ts';
import { PartyEntity } from '../../resolvers/cases/parties.entities.ts';
import { NoteEntity, TaskEntity } from '../../resolvers/cases/record.entities.ts';

/** Clients, matters and their teams. */
declareDomain({
  name: 'cases',
  entities: [ClientEntity, MatterEntity, MatterMemberEntity, PartyEntity, DocketEntryEntity, NoteEntity, TaskEntity],
  events: CASES_EVENTS,
  notificationTypes: CASES_NOTIFICATION_TYPES,
  figures: { openMatters },
});

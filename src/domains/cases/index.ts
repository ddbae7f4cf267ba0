import '../../schema/cases/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { expire_uploads } from '../../jobs/cases/expire_uploads.ts';
import { extract_document_text } from '../../jobs/cases/extract_document_text.ts';
import { send_calendar_reminder } from '../../jobs/cases/send_calendar_reminder.ts';
import { CalendarEventEntity, FirmHolidayEntity } from '../../resolvers/cases/calendar/calendar.entities.ts';
import { CALENDAR_EVENTS, CALENDAR_NOTIFICATION_TYPES } from '../../resolvers/cases/calendar/calendar.events.ts';
import { upcomingDeadlines } from '../../resolvers/cases/calendar/calendar.figures.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { CASES_EVENTS, CASES_NOTIFICATION_TYPES } from '../../resolvers/cases/cases.events.ts';
import { openMatters } from '../../resolvers/cases/cases.figures.ts';
import { CASES_SCOPES } from '../../resolvers/cases/cases.scopes.ts';
import { DocketEntryEntity } from '../../resolvers/cases/docket.entities.ts';
import { documentFiles } from '../../resolvers/cases/document-files.ts';
import { DocumentEntity, DocumentVersionEntity } from '../../resolvers/cases/documents.entities.ts';
import { DOCUMENT_EVENTS } from '../../resolvers/cases/documents.events.ts';
import { PartyEntity } from '../../resolvers/cases/parties.entities.ts';
import { NoteEntity, TaskEntity } from '../../resolvers/cases/record.entities.ts';
import { calendarFeedRoute } from '../../routes/cases/calendar-feed.ts';
import { uploadFile } from '../../routes/cases/upload.ts';

/** Clients, matters and their teams; parties and conflict checks, docket, notes and tasks; matter calendars, court-rule deadlines and calendar feeds; documents. */
declareDomain({
  name: 'cases',
  entities: [
    ClientEntity,
    MatterEntity,
    MatterMemberEntity,
    PartyEntity,
    DocketEntryEntity,
    NoteEntity,
    TaskEntity,
    CalendarEventEntity,
    FirmHolidayEntity,
    DocumentEntity,
    DocumentVersionEntity,
  ],
  events: [...CASES_EVENTS, ...CALENDAR_EVENTS, ...DOCUMENT_EVENTS],
  notificationTypes: [...CASES_NOTIFICATION_TYPES, ...CALENDAR_NOTIFICATION_TYPES],
  tasks: { send_calendar_reminder, extract_document_text, expire_uploads },
  crontab: () => ['15 * * * * expire_uploads'],
  routes: [calendarFeedRoute, uploadFile],
  files: [documentFiles],
  figures: { openMatters, upcomingDeadlines },
  scopes: CASES_SCOPES,
});

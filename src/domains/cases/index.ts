import '../../schema/cases/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { expire_uploads } from '../../jobs/cases/expire_uploads.ts';
import { extract_document_text } from '../../jobs/cases/extract_document_text.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { CASES_EVENTS, CASES_NOTIFICATION_TYPES } from '../../resolvers/cases/cases.events.ts';
import { openMatters } from '../../resolvers/cases/cases.figures.ts';
import { documentFiles } from '../../resolvers/cases/document-files.ts';
import { DocumentEntity, DocumentVersionEntity } from '../../resolvers/cases/documents.entities.ts';
import { DOCUMENT_EVENTS } from '../../resolvers/cases/documents.events.ts';
import { uploadFile } from '../../routes/cases/upload.ts';

/** Clients, matters and their teams. */
declareDomain({
  name: 'cases',
  entities: [ClientEntity, MatterEntity, MatterMemberEntity, DocumentEntity, DocumentVersionEntity],
  events: [...CASES_EVENTS, ...DOCUMENT_EVENTS],
  notificationTypes: CASES_NOTIFICATION_TYPES,
  figures: { openMatters },
  routes: [uploadFile],
  files: [documentFiles],
  tasks: { extract_document_text, expire_uploads },
  crontab: () => ['15 * * * * expire_uploads'],
});

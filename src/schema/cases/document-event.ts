import { builder } from '../../core/graphql/builder.ts';
import { type DocumentEventItem, subscribeDocumentEvents } from '../../resolvers/cases/document-subscriptions.ts';
import { DOCUMENT_EVENTS } from '../../resolvers/cases/documents.events.ts';
import { DocumentRef } from './document.ts';
import { MatterRef } from './matter.ts';

// Derived from the document events' declarations: each `live` name is a value here.
const enumValueOf = new Map(DOCUMENT_EVENTS.map((e) => [e.name, e.live?.value as string]));

const DocumentEventTypeEnum = builder.enumType('DocumentEventType', {
  description: "What happened to a matter's document.",
  values: Object.fromEntries(DOCUMENT_EVENTS.map((e) => [e.live?.value as string, { description: e.live?.description }])),
});

const DocumentEventRef = builder.objectRef<DocumentEventItem>('DocumentEvent').implement({
  description: 'A change to a document of a matter you may see, delivered live.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The domain event id (the same as in the event feed and webhooks).' }),
    type: t.field({ type: DocumentEventTypeEnum, description: 'What happened.', resolve: (e) => enumValueOf.get(e.type) as never }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the change was committed.' }),
    documentId: t.globalID({
      description: 'The document the event is about.',
      resolve: (e) => ({ type: 'Document', id: e.document.id }),
    }),
    document: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The document as it is now; null once it is deleted, since nobody sees deleted documents.',
      resolve: (e) => (e.document.deletedAt ? null : e.document),
    }),
  }),
});

builder.subscriptionField('documentEvents', (t) =>
  t.field({
    type: DocumentEventRef,
    description: "A matter's documents being uploaded, versioned or deleted, while you may see the matter.",
    args: {
      matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter ("not found" when you may not see it).' }),
    },
    subscribe: (_root, args, ctx) => subscribeDocumentEvents(ctx, args.matterId.id),
    resolve: (event: DocumentEventItem) => event,
  }),
);

import { defineAction, defineEvent } from '../../core/events.ts';
import { DocumentEntity } from './documents.entities.ts';

export const documentUploaded = defineEvent('document.uploaded', DocumentEntity, {
  description: 'A document was added to a matter.',
  live: { value: 'UPLOADED', description: 'It was added to the matter.' },
});
export const documentVersioned = defineEvent('document.versioned', DocumentEntity, {
  description: 'A new version of a document was uploaded.',
  live: { value: 'VERSIONED', description: 'A new version became current.' },
});
export const documentDeleted = defineEvent('document.deleted', DocumentEntity, {
  description: 'A document was deleted (admins can restore it).',
  live: { value: 'DELETED', description: 'It was deleted.' },
});
export const documentRestored = defineAction('document.restored', 'Document');

/** The document events, in the order partners see them listed; `documentEvents` subscribers receive them. */
export const DOCUMENT_EVENTS = [documentUploaded, documentVersioned, documentDeleted] as const;

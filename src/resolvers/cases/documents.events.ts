import { defineAction, defineEvent } from '../../core/events.ts';
import { DocumentEntity } from './documents.entities.ts';

export const documentUploaded = defineEvent('document.uploaded', DocumentEntity, { description: 'A document was added to a matter.' });
export const documentVersioned = defineEvent('document.versioned', DocumentEntity, {
  description: 'A new version of a document was uploaded.',
});
export const documentDeleted = defineEvent('document.deleted', DocumentEntity, {
  description: 'A document was deleted (admins can restore it).',
});
export const documentRestored = defineAction('document.restored', 'Document');

/** The document events, in the order partners see them listed. */
export const DOCUMENT_EVENTS = [documentUploaded, documentVersioned, documentDeleted] as const;

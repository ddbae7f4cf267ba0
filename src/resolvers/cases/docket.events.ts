import { defineEvent } from '../../core/events.ts';
import { DocketEntryEntity } from './docket.entities.ts';

export const docketEntryAdded = defineEvent('docket_entry.added', DocketEntryEntity, {
  description: "An entry was added to a matter's docket.",
  live: { value: 'DOCKET_ENTRY_ADDED', description: 'An entry was added to its docket.' },
});

/** The events about docket entries, in the order partners see them listed. */
export const DOCKET_EVENTS = [docketEntryAdded] as const;

import { defineAction, defineEvent } from '../../core/events.ts';
import { PartyEntity } from './parties.entities.ts';

export const partyAdded = defineEvent('party.added', PartyEntity, {
  description: 'A party was added to a matter.',
  live: { value: 'PARTY_ADDED', description: 'A party was added to it.' },
});
export const partyUpdated = defineEvent('party.updated', PartyEntity, {
  description: "A party's details changed.",
  live: { value: 'PARTY_UPDATED', description: "One of its parties' details changed." },
});
export const partyRemoved = defineEvent('party.removed', PartyEntity, {
  description: 'A party was removed from a matter.',
  live: { value: 'PARTY_REMOVED', description: 'A party was removed from it.' },
});

/** A conflict check: who searched which names (the audit row's `after`), recorded on the searcher. */
export const conflictChecked = defineAction('conflict.checked', 'User');

/** The events about parties, in the order partners see them listed. */
export const PARTY_EVENTS = [partyAdded, partyUpdated, partyRemoved] as const;

/** The cases domain's public face for other domains: clients, matters and their teams. */
export { canSeeMatter, MATTER_EDITORS, MATTER_MANAGERS, visibleMatterWhere } from './cases.access.ts';
export { ClientEntity, MatterEntity, MatterMemberEntity } from './cases.entities.ts';
export { CASES_EVENTS, CASES_NOTIFICATION_TYPES, MATTER_EVENTS } from './cases.events.ts';
export { type DocumentHit, type DocumentHitCursor, searchDocuments } from './document-search.ts';

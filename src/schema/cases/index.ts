import './client.ts';
import './matter.ts';
import './matter-member.ts';
import './matter-event.ts';
import './document.ts';
import './document-event.ts';

/** The cases domain's GraphQL types that other domains' schema modules refer to. */
export { ClientRef } from './client.ts';
export { MatterRef } from './matter.ts';

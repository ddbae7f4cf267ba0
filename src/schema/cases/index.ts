import './client.ts';
import './matter.ts';
import './matter-member.ts';
import './matter-event.ts';
import './calendar-event.ts';
import './calendar-event-mutations.ts';
import './firm-holiday.ts';
import './calendar-feed.ts';
import './document.ts';
import './conflict.ts';
import './party.ts';
import './docket.ts';
import './note.ts';
import './task.ts';
import './document-event.ts';

/** The cases domain's GraphQL types that other domains' schema modules refer to. */
export { ClientRef } from './client.ts';
export { MatterRef } from './matter.ts';

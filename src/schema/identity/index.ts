import './firm.ts';
import './user.ts';
import './session.ts';
import './invitation.ts';

/** The identity domain's GraphQL types that other domains' schema modules refer to. */
export { FirmRef } from './firm.ts';
export { RoleEnum, UserRef } from './user.ts';

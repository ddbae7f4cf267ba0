/** The identity domain's public face for other domains: firms, users and sessions. */
export { FirmEntity, UserEntity } from './identity.entities.ts';
export { InvalidCredentialsError } from './identity.errors.ts';

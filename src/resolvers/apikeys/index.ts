/** The API-keys domain's public face for other domains. */
export { ApiKeyEntity } from './apikeys.entities.ts';

import { defineAction } from '../../core/events.ts';

export const apiKeyCreated = defineAction('apiKey.created', 'ApiKey');
export const apiKeyRevoked = defineAction('apiKey.revoked', 'ApiKey');

import { firmWide, ofFirmForAdmins } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { ApiKey, Prisma } from '../../generated/prisma/client.ts';

/** A partner's API key (never its text); admins only. */
export const ApiKeyEntity = defineEntity<ApiKey, Prisma.ApiKeyWhereInput>({
  type: 'ApiKey',
  model: 'ApiKey',
  visible: ofFirmForAdmins,
  audience: firmWide,
});

import { firmWide, ofFirm } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { Firm, Prisma, User } from '../../generated/prisma/client.ts';

/** The viewer's own firm: the only one they ever see. */
export const FirmEntity = defineEntity<Firm, Prisma.FirmWhereInput>({
  type: 'Firm',
  model: 'Firm',
  visible: (viewer) => ({ id: viewer.firmId }),
  audience: firmWide,
});

/** A user of the firm; every signed-in user sees their colleagues. */
export const UserEntity = defineEntity<User, Prisma.UserWhereInput>({
  type: 'User',
  model: 'User',
  visible: ofFirm,
  audience: firmWide,
});

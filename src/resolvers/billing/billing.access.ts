import { requireRole } from '../../core/access.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import type { Tx } from '../../db/client.ts';
import type { Matter, Prisma } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { visibleMatterWhere } from '../cases/index.ts';

/** Roles that manage rates, invoices, payments and trust money. */
export const BILLING_MANAGERS: readonly Role[] = ['ADMIN', 'BILLING'];
/** Roles that record their own time and expenses. */
export const TIMEKEEPERS: readonly Role[] = ['ADMIN', 'ATTORNEY', 'PARALEGAL', 'BILLING'];
/** Roles that read all of the firm's billing; everyone else reads their own time and their matters' billing. */
const FIRM_BILLING_READERS: readonly Role[] = ['ADMIN', 'BILLING', 'READ_ONLY'];

/** The viewer reads every billing row of the firm (managers and read-only staff). */
export function seesFirmBilling(viewer: Viewer): boolean {
  return FIRM_BILLING_READERS.includes(viewer.role);
}

/** The viewer may manage the firm's billing (rates, invoices, payments, trust). */
export function managesBilling(viewer: Viewer): boolean {
  return BILLING_MANAGERS.includes(viewer.role);
}

/** The signed-in viewer when they manage billing; forbidden otherwise. */
export function requireBillingManager(ctx: Context): Viewer {
  return requireRole(ctx, BILLING_MANAGERS);
}

/** Who sees the same billing rows as `viewer`: the firm for firm-wide readers, the user otherwise. */
export function billingAudience(viewer: Viewer): string {
  return seesFirmBilling(viewer) ? `firm:${viewer.firmId}` : `user:${viewer.id}`;
}

/** Billing rows that hang off a matter (invoices, expenses, fee agreements): firm-wide readers see all, others their matters'. */
export function matterBillingWhere(viewer: Viewer): { firmId: string; matter?: Prisma.MatterWhereInput } {
  return seesFirmBilling(viewer) ? { firmId: viewer.firmId } : { firmId: viewer.firmId, matter: visibleMatterWhere(viewer) };
}

/** Time entries: firm-wide readers see all; others their own and those on matters they may see. */
export function visibleTimeWhere(viewer: Viewer): Prisma.TimeEntryWhereInput {
  if (seesFirmBilling(viewer)) return { firmId: viewer.firmId };
  return { firmId: viewer.firmId, OR: [{ timekeeperId: viewer.id }, { matter: visibleMatterWhere(viewer) }] };
}

/** Rates: firm-wide readers see all; a timekeeper sees their own. */
export function visibleRateWhere(viewer: Viewer): Prisma.RateWhereInput {
  return seesFirmBilling(viewer) ? { firmId: viewer.firmId } : { firmId: viewer.firmId, timekeeperId: viewer.id };
}

/** Payments: firm-wide readers see all; others those of clients with a matter they may see. */
export function visiblePaymentWhere(viewer: Viewer): Prisma.PaymentWhereInput {
  if (seesFirmBilling(viewer)) return { firmId: viewer.firmId };
  return { firmId: viewer.firmId, client: { matters: { some: visibleMatterWhere(viewer) } } };
}

/** Trust ledger entries: firm-wide readers see all; others the entries of matters they may see. */
export function visibleTrustEntryWhere(viewer: Viewer): Prisma.TrustLedgerEntryWhereInput {
  return seesFirmBilling(viewer) ? { firmId: viewer.firmId } : { firmId: viewer.firmId, matter: visibleMatterWhere(viewer) };
}

/**
 * A matter the viewer may bill to, read inside `tx`: any of the firm's for billing managers, the
 * matters they may see for everyone else. Missing, foreign and hidden are all "not found".
 */
export async function findBillableMatter(tx: Tx, viewer: Viewer, id: string): Promise<Matter> {
  const where = managesBilling(viewer) ? { firmId: viewer.firmId } : visibleMatterWhere(viewer);
  const matter = isUuid(id) ? await tx.matter.findFirst({ where: { AND: [{ id }, where] } }) : null;
  if (!matter) throw new NotFoundError('Matter');
  return matter;
}

import { requireViewer } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { EntityDefinition } from '../../core/entities.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import type { Invoice, TimeEntry, TrustLedgerEntry } from '../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../realtime/event-stream.ts';
import { firmEventStream } from '../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../realtime/topics.ts';
import { visibleMatterWhere } from '../cases/index.ts';
import { managesBilling } from './billing.access.ts';
import { InvoiceEntity, TimeEntryEntity, TrustLedgerEntryEntity } from './billing.entities.ts';
import { INVOICE_EVENTS, TIME_ENTRY_EVENTS, TRUST_EVENTS } from './billing.events.ts';

interface Delegate<R> {
  findFirst(args: { where: object }): Promise<R | null>;
  count(args: { where: object }): Promise<number>;
}

// One read per event and instance, shared by every subscriber it reaches (pub/sub hands them all
// the same message object), so that subscribers of one audience share one value.
const rows = new WeakMap<FirmEventMessage, Promise<unknown>>();

function rowOf<R>(delegate: Delegate<R>, event: FirmEventMessage): Promise<R | null> {
  let row = rows.get(event) as Promise<R | null> | undefined;
  if (!row) {
    row = delegate.findFirst({ where: { id: event.entityId, firmId: event.firmId } });
    rows.set(event, row);
  }
  return row;
}

/**
 * The rows of `entity` changed by events of `types` that match `wanted`, checked against the
 * viewer's visibility when each event arrives (access may change while subscribed).
 */
function entityChanges<R extends { id: string }>(
  ctx: Context,
  entity: EntityDefinition<R>,
  delegate: Delegate<R>,
  types: readonly { name: string }[],
  wanted: (row: R) => boolean,
): EventStream<R> {
  const viewer = requireViewer(ctx);
  const names = new Set(types.map((t) => t.name));
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) => {
    if (!names.has(event.type)) return undefined;
    const row = await rowOf(delegate, event);
    if (!row || !wanted(row)) return undefined;
    const where = entity.visible(viewer);
    return where && (await delegate.count({ where: { AND: [{ id: row.id }, where] } })) ? row : undefined;
  });
}

async function requireMatter(ctx: Context, matterId: string): Promise<void> {
  const viewer = requireViewer(ctx);
  const where = managesBilling(viewer) ? { firmId: viewer.firmId } : visibleMatterWhere(viewer);
  if (!isUuid(matterId) || !(await ctx.prisma.matter.count({ where: { AND: [{ id: matterId }, where] } })))
    throw new NotFoundError('Matter');
}

async function requireClient(ctx: Context, clientId: string): Promise<void> {
  const viewer = requireViewer(ctx);
  if (!isUuid(clientId) || !(await ctx.prisma.client.count({ where: { id: clientId, firmId: viewer.firmId } })))
    throw new NotFoundError('Client');
}

/** Time entries of a matter as they are recorded or approved. */
export async function subscribeTimeEntries(ctx: Context, matterId: string): Promise<EventStream<TimeEntry>> {
  await requireMatter(ctx, matterId);
  return entityChanges(ctx, TimeEntryEntity, ctx.prisma.timeEntry, TIME_ENTRY_EVENTS, (e) => e.matterId === matterId);
}

/** A client's invoices each time one is issued, paid or voided. */
export async function subscribeInvoiceStatus(ctx: Context, clientId: string): Promise<EventStream<Invoice>> {
  await requireClient(ctx, clientId);
  return entityChanges(ctx, InvoiceEntity, ctx.prisma.invoice, INVOICE_EVENTS, (i) => i.clientId === clientId);
}

/** Movements of a client's trust money (deposits, disbursements, transfers, reversals). */
export async function subscribeTrustMovements(ctx: Context, clientId: string): Promise<EventStream<TrustLedgerEntry>> {
  await requireClient(ctx, clientId);
  return entityChanges(ctx, TrustLedgerEntryEntity, ctx.prisma.trustLedgerEntry, TRUST_EVENTS, (e) => e.clientId === clientId);
}

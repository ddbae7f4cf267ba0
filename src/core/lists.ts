import type { Role } from '../generated/prisma/enums.ts';
import { requireRole, requireViewer } from './access.ts';
import type { Context, Viewer } from './context.ts';
import { type EntityDefinition, visibleWhere } from './entities.ts';
import { keysetStart } from './keyset.ts';

/** A sort order a list offers: the column it sorts by. Ties are always broken by id, in the same direction. */
export type Direction = 'ASC' | 'DESC';

/**
 * A list of an entity's rows, declared once and read by both read paths (Prisma through
 * {@link listRows}, and the SQL read path): which rows (the entity's visibility, then `where`),
 * which orders, and who may read it.
 */
export interface ListDefinition<Input = unknown, Order extends string = string> {
  readonly entity: EntityDefinition;
  /** Roles that may read the list; every signed-in user when omitted. */
  readonly roles?: readonly Role[];
  /** Filters beyond the entity's visibility, as a Prisma `where` on its model. */
  where?(input: Input, viewer: Viewer): object;
  /** The orders offered, by name: the column each sorts by, e.g. `{ OPENED_AT: 'openedAt' }`. */
  readonly orders: Readonly<Record<Order, string>>;
  /** The order without an `orderBy`; an `orderBy` without a direction sorts ascending. */
  readonly defaultOrder: { field: Order; direction: Direction };
  /** The order an input asks for, when the list can be sorted; defaults to `input.orderBy`. */
  orderOf?(input: Input): { field: Order; direction?: Direction | null } | null | undefined;
}

/** Declares a list; see {@link ListDefinition}. */
export function defineList<Input, Order extends string>(definition: ListDefinition<Input, Order>): ListDefinition<Input, Order> {
  return definition;
}

/** What Prisma's connection helpers hand a list: the page's take, skip, cursor and selection. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: { id?: string };
  [key: string]: unknown;
}

interface Delegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  count(args: object): Promise<number>;
}

function delegateOf(ctx: Context, list: ListDefinition<never>): Delegate {
  const model = list.entity.model;
  return (ctx.prisma as unknown as Record<string, Delegate>)[`${model[0].toLowerCase()}${model.slice(1)}`];
}

function viewerFor(ctx: Context, list: ListDefinition<never>): Viewer {
  return list.roles ? requireRole(ctx, list.roles) : requireViewer(ctx);
}

/** The order a list reads in for `input`: its column and direction (ties broken by id, the same way). */
export function orderFor<Input>(list: ListDefinition<Input>, input: Input): { column: string; direction: Direction } {
  const asked = list.orderOf
    ? list.orderOf(input)
    : (input as { orderBy?: { field: string; direction?: Direction | null } | null })?.orderBy;
  const order = asked ?? list.defaultOrder;
  return { column: list.orders[order.field], direction: order.direction ?? 'ASC' };
}

/** The rows of a list the viewer may see: the entity's visibility and the list's own filters. */
export function listWhere<Input>(list: ListDefinition<Input>, input: Input, viewer: Viewer): object {
  return { AND: [visibleWhere(list.entity, viewer), list.where?.(input, viewer) ?? {}] };
}

/**
 * One page of a list through Prisma, in its keyset order. The cursor row's sort key bounds the
 * page (see `keysetStart`), so a deep page costs what the first does; a cursor row the viewer
 * cannot see gives an empty page.
 */
export async function listRows<Input, Row>(ctx: Context, list: ListDefinition<Input>, input: Input, page: PageQuery): Promise<Row[]> {
  const viewer = viewerFor(ctx, list as ListDefinition<never>);
  const delegate = delegateOf(ctx, list as ListDefinition<never>);
  const where = listWhere(list, input, viewer);
  const { column, direction } = orderFor(list, input);
  const dir = direction === 'DESC' ? 'desc' : 'asc';
  const start = await keysetStart(page, column, dir, async (id) => {
    const row = await delegate.findFirst({ where: { AND: [{ id }, visibleWhere(list.entity, viewer)] }, select: { [column]: true } });
    return row?.[column];
  });
  if (!start) return [];
  return (await delegate.findMany({ ...page, where: { AND: [where, start] }, orderBy: [{ [column]: dir }, { id: dir }] })) as Row[];
}

/** How many rows the list holds for the viewer, across all pages. */
export function countRows<Input>(ctx: Context, list: ListDefinition<Input>, input: Input): Promise<number> {
  const viewer = viewerFor(ctx, list as ListDefinition<never>);
  return delegateOf(ctx, list as ListDefinition<never>).count({ where: listWhere(list, input, viewer) });
}

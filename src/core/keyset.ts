import { isUuid } from './ids.ts';

/** The part of Pothos' connection arguments that places a page: the cursor row and its direction. */
export interface PagePlacement {
  cursor?: { id?: string } | null;
  take?: number | null;
}

/**
 * The condition that lets PostgreSQL start a cursor page at its cursor instead of reading every row
 * before it. Prisma turns `cursor` into `(key = c.key AND id >= c.id) OR key > c.key`, which no
 * index can seek on: a page 19,000 rows deep read and threw away 19,000 rows first. The redundant
 * `key >= c.key` (`<=` when the page runs the other way) gives the `(firmId, key, id)` index a start
 * point, so a deep page costs what the first does.
 *
 * `sortKeyOf` reads the cursor row's sort key among the rows the viewer may see. Returns `{}` for a
 * page without a cursor, the bound for one with a cursor, and `null` when the cursor row is missing,
 * foreign or hidden: the caller answers with an empty page, as Prisma does for a missing cursor.
 */
export async function keysetStart(
  page: PagePlacement,
  field: string,
  direction: 'asc' | 'desc',
  sortKeyOf: (id: string) => Promise<unknown>,
): Promise<Record<string, unknown> | null> {
  const id = page.cursor?.id;
  if (!id) return {};
  const key = isUuid(id) ? await sortKeyOf(id) : undefined;
  if (key === undefined || key === null) return null;
  // A negative `take` (a `last`/`before` page) makes Prisma read the order backwards from the cursor.
  const forward = (page.take ?? 1) >= 0;
  return { [field]: { [(direction === 'asc') === forward ? 'gte' : 'lte']: key } };
}

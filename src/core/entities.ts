import type { Prisma } from '../generated/prisma/client.ts';
import { NOTHING } from './access.ts';
import type { Viewer } from './context.ts';

/** A JSON value as public payloads carry it. */
export type PublicJson = string | number | boolean | null | PublicJson[] | { [key: string]: PublicJson };

/**
 * The public form of an entity in webhooks, the event feed and subscriptions: an explicit field
 * list, so a column added to the table never reaches partners unless it is added here (and to the
 * README's payload table, which a test holds this to).
 */
export interface PublicPayload<R> {
  /** Bumped when a field is removed or changes meaning; adding a field keeps the version. */
  readonly version: number;
  readonly fields: readonly string[];
  serialize(row: R): Record<string, PublicJson>;
}

function toJson(value: unknown): PublicJson {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object' && value.constructor?.name === 'Decimal') return String(value);
  return value as PublicJson;
}

/** A payload of exactly `fields` of the row, dates as ISO 8601 strings, decimals and bigints as strings. */
export function publicPayload<R>(version: number, fields: readonly (keyof R & string)[]): PublicPayload<R> {
  return {
    version,
    fields,
    serialize: (row) => Object.fromEntries(fields.map((field) => [field, toJson(row[field])])),
  };
}

/**
 * A kind of firm-owned row as the rest of LexGraph knows it: its name, its table and who may see
 * which rows. Declared once per entity (in `src/resolvers/<domain>/<domain>.entities.ts`) and used by
 * every read of it: `node(id:)`, loaders, lists, the audit trail's `entity` and the SQL read path.
 */
export interface EntityDefinition<R extends { id: string } = { id: string }> {
  /** The GraphQL type name, the audit trail's `entityType` and the global-ID prefix, e.g. "Matter". */
  readonly type: string;
  /** The Prisma model that holds the rows, e.g. "Matter" (for `Job`: "BackgroundJob"). */
  readonly model: Prisma.ModelName;
  /** The rows `viewer` may see as a Prisma `where` on `model`; null when they may see none. */
  visible(viewer: Viewer): object | null;
  /** The matter a row belongs to, so its events reach only those who may see that matter. */
  matterOf?(row: R): string | null;
  /**
   * Who sees the same rows of this entity as `viewer` (e.g. "firm:<id>" when every colleague sees
   * them alike): live subscribers with the same audience share one execution per event. Defaults
   * to the viewer alone.
   */
  audience?(viewer: Viewer): string;
  /** The public payload of the entity's domain events; required for entities that have events. */
  readonly payload?: PublicPayload<R>;
}

/** Declares an entity; see {@link EntityDefinition}. `W` is the model's Prisma `where` type. */
export function defineEntity<R extends { id: string }, W extends object>(
  definition: Omit<EntityDefinition<R>, 'visible'> & { visible(viewer: Viewer): W | null },
): EntityDefinition<R> {
  return definition;
}

/** The `where` of what `viewer` (or nobody, without one) may see of `entity`; never null. */
export function visibleWhere(entity: Pick<EntityDefinition, 'visible'>, viewer: Viewer | null): object {
  return (viewer && entity.visible(viewer)) ?? NOTHING;
}

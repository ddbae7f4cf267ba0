import DataLoader from 'dataloader';
import type { Context } from './context.ts';
import { type EntityDefinition, visibleWhere } from './entities.ts';

/** A per-request loader: how to fetch a batch of keys for one request's viewer. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  batch(ctx: Context, keys: readonly K[]): Promise<readonly (V | null)[]>;
}

/**
 * Declares a loader of rows by id: `load` fetches the rows for a batch of ids (scoped to the
 * viewer by the caller); ids without a row load as null. Domains declare these in
 * `src/loaders/<domain>/`; nothing registers them: a request makes each on first use.
 */
export function defineLoader<V extends { id: string }>(
  name: string,
  load: (ctx: Context, ids: string[]) => Promise<V[]>,
): LoaderDefinition<string, V> {
  return {
    name,
    async batch(ctx, ids) {
      const rows = new Map((await load(ctx, [...ids])).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    },
  };
}

/** The request's DataLoader of `definition`, made on first use so a request pays only for those it needs. */
export function loader<K, V>(ctx: Context, definition: LoaderDefinition<K, V>): DataLoader<K, V | null> {
  let found = ctx.loaders.get(definition) as DataLoader<K, V | null> | undefined;
  if (!found) {
    found = new DataLoader<K, V | null>((keys) => definition.batch(ctx, keys));
    ctx.loaders.set(definition, found);
  }
  return found;
}

interface FindMany {
  findMany(args: { where: object }): Promise<{ id: string }[]>;
}

const entityLoaders = new WeakMap<EntityDefinition, LoaderDefinition<string, { id: string }>>();

/** The loader of any entity's rows by id, through the entity's visibility (e.g. for the audit trail's `entity`). */
export function entityLoader(entity: EntityDefinition): LoaderDefinition<string, { id: string }> {
  let found = entityLoaders.get(entity);
  if (!found) {
    const delegate = `${entity.model[0].toLowerCase()}${entity.model.slice(1)}`;
    found = defineLoader(entity.type, (ctx, ids) =>
      (ctx.prisma as unknown as Record<string, FindMany>)[delegate].findMany({
        where: { AND: [{ id: { in: ids } }, visibleWhere(entity, ctx.viewer)] },
      }),
    );
    entityLoaders.set(entity, found);
  }
  return found;
}

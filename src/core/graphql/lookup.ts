import type { Context } from '../context.ts';
import { type EntityDefinition, visibleWhere } from '../entities.ts';

/** The key under which a root field that looks one entity up carries how, for the SQL read path. */
export const LOOKUP_EXTENSION = 'lexgraphLookup';

/** How a root field finds its row: the entity and a Prisma `where` from the field's arguments and the context. */
export interface EntityLookup {
  entity: EntityDefinition;
  where(args: never, ctx: Context): object;
}

interface FindFirst {
  findFirst(args: object): Promise<unknown>;
}

/**
 * The resolver of a root `t.prismaField` that returns one row of `entity`, the first matching
 * `where` among the rows the viewer may see (null when none): spread it into the field's options.
 */
export function entityLookup<Args>(entity: EntityDefinition, where: (args: Args, ctx: Context) => object) {
  const delegate = `${entity.model[0].toLowerCase()}${entity.model.slice(1)}`;
  return {
    resolve: (query: object, _root: unknown, args: Args, ctx: Context) =>
      // The row is the model's, as Pothos expects it (`never` fits every row type).
      (ctx.prisma as unknown as Record<string, FindFirst>)[delegate].findFirst({
        ...query,
        where: { AND: [where(args, ctx), visibleWhere(entity, ctx.viewer)] },
      }) as Promise<never>,
    extensions: { [LOOKUP_EXTENSION]: { entity, where } satisfies EntityLookup },
  };
}

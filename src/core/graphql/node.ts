import type { Context } from '../context.ts';
import { type EntityDefinition, visibleWhere } from '../entities.ts';

/** The key under which a node type carries its entity, for readers of the schema (the SQL read path). */
export const ENTITY_EXTENSION = 'lexgraphEntity';

/**
 * The options that make a Prisma object a firm-scoped node: spread them into `builder.prismaNode`
 * with the type's description and fields. Its id is the row id, and `node(id:)`, `nodes(ids:)` and
 * every global-ID lookup go through the entity's visibility, so a missing, foreign or hidden id
 * loads as null, never as an error.
 *
 * ```ts
 * export const MatterRef = builder.prismaNode('Matter', { ...firmNode(MatterEntity), description, fields });
 * ```
 */
export function firmNode(entity: EntityDefinition) {
  return {
    ...(entity.type === entity.model ? {} : { variant: entity.type }),
    id: { field: 'id' as const },
    nullable: true,
    findUnique: (id: string, ctx: Context) => ({ id, AND: [visibleWhere(entity, ctx.viewer)] }),
    extensions: { [ENTITY_EXTENSION]: entity },
  };
}

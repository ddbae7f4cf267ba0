import { brandWithType } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { GraphQLError, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { LIMITS } from '../../security/limits.ts';
import type { Context } from '../context.ts';
import { type EntityDefinition, visibleWhere } from '../entities.ts';
import { ENTITY_EXTENSION } from './node.ts';

/** A decoded global ID, as the relay plugin hands `node(id:)` and `nodes(ids:)` their arguments. */
export interface GlobalId {
  id: string;
  typename: string;
}

interface FindMany {
  findMany(args: object): Promise<{ id: string }[]>;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The entity behind a node type of the schema, or an input error naming the argument for any other name. */
function nodeEntity(info: GraphQLResolveInfo, typename: string, argument: string): EntityDefinition {
  const type = info.schema.getType(typename);
  const entity =
    type && isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')
      ? (type.extensions[ENTITY_EXTENSION] as EntityDefinition | undefined)
      : undefined;
  if (!entity) throw badInput(`${argument}: ${JSON.stringify(typename)} is not a type of object that node(id:) fetches`);
  return entity;
}

/**
 * `node(id:)` and `nodes(ids:)`: the ids are grouped by type and each type is read in ONE
 * statement through its entity's visibility (with the fields the query selects beneath it), so a
 * request costs a statement per type rather than a lookup per id. More than
 * {@link LIMITS.maxNodeIds} ids is an input error before anything is read; a type name that is not
 * a node type is an input error naming `argument`; a missing, foreign or hidden id is null.
 */
export async function loadNodes(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly (GlobalId | null | undefined)[],
  argument: 'id' | 'ids',
): Promise<unknown[]> {
  if (ids.length > LIMITS.maxNodeIds) throw badInput(`${argument}: at most ${LIMITS.maxNodeIds} ids at once, got ${ids.length}`);
  const byType = new Map<string, string[]>();
  for (const id of ids) {
    if (!id) continue;
    const list = byType.get(id.typename) ?? [];
    list.push(id.id);
    byType.set(id.typename, list);
  }
  const entities = new Map([...byType.keys()].map((typename) => [typename, nodeEntity(info, typename, argument)]));
  const found = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([typename, typeIds]) => {
      const entity = entities.get(typename) as EntityDefinition;
      const query = await queryFromInfo({ context: ctx, info, typeName: typename, awaitSelections: true });
      const delegate = `${entity.model[0].toLowerCase()}${entity.model.slice(1)}`;
      const rows = await (ctx.prisma as unknown as Record<string, FindMany>)[delegate].findMany({
        ...query,
        where: { AND: [{ id: { in: [...new Set(typeIds)] } }, visibleWhere(entity, ctx.viewer)] },
      });
      for (const row of rows) {
        brandWithType(row, typename as never);
        found.set(`${typename}:${row.id}`, row);
      }
    }),
  );
  return ids.map((id) => (id ? (found.get(`${id.typename}:${id.id}`) ?? null) : null));
}

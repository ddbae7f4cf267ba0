import { getMappedArgumentValues } from '@pothos/core';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { Context } from '../core/context.ts';
import { ident, joinOf, type ModelField, modelOf } from './datamodel.ts';
import { scopesAllow } from './scopes.ts';
import { Fallback, type FieldShape, type ObjectShape } from './shapes.ts';
import type { Params } from './where.ts';

/** What compiling one operation for one request works with. */
export interface Compile {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  ctx: Context;
  params: Params;
}

/** How a relation or connection field of the selection is compiled (see connections.ts), kept apart to avoid a cycle. */
export interface Relations {
  connection(
    c: Compile,
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    parent: string,
    model: string,
  ): { sql: string; shape: FieldShape & { kind: 'connection' } };
}

// The Pothos extensions the read path reads; these are how Pothos records what a field exposes.
interface FieldExtensions {
  pothosExposedField?: string;
  pothosPrismaRelationField?: ModelField;
  pothosPrismaSelect?: (args: unknown, ctx: Context, nested: (query: unknown) => unknown, selection: () => Set<string>) => unknown;
  pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean };
}

export const extensionsOf = (field: GraphQLField<unknown, unknown>) => field.extensions as FieldExtensions;

const toIso = (ms: unknown) => new Date(ms as number).toISOString();
const UNSUPPORTED_COLUMNS = new Set(['Bytes', 'BigInt', 'Decimal']);

export const isNodeType = (type: GraphQLObjectType) => type.getInterfaces().some((i) => i.name === 'Node');

/** The arguments of a field as its resolver gets them (Pothos maps global IDs and the like). */
export function argumentsOf(c: Compile, field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  let args: unknown;
  try {
    args = getMappedArgumentValues(field, node, c.ctx, { variableValues: c.variables, schema: c.schema } as unknown as GraphQLResolveInfo);
  } catch (error) {
    // A malformed global ID and the like: the resolvers report it.
    throw new Fallback(`arguments of ${field.name}: ${(error as Error).message}`);
  }
  if (args instanceof Promise) throw new Fallback('asynchronous argument mapping');
  return args as Record<string, unknown>;
}

/** Refuses fields whose own scopes the viewer lacks: the resolvers then raise the error. */
export function checkFieldScopes(c: Compile, field: GraphQLField<unknown, unknown>): void {
  const scopes = extensionsOf(field).pothosOptions?.authScopes;
  if (scopes !== undefined && !scopesAllow(scopes, c.ctx.viewer)) throw new Fallback(`scopes of ${field.name}`);
}

/**
 * Compiles the selection of `fieldNodes` on `type`, read from the row aliased `alias`, into SQL
 * expressions appended to `columns` (each a slot of the row's JSON array) and the shape that
 * turns those slots into the response object. Whatever it cannot compile exactly throws {@link Fallback}.
 */
export function compileObject(
  c: Compile,
  relations: Relations,
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  alias: string,
  columns: string[],
): ObjectShape {
  const modelName = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  if (!modelName) throw new Fallback(`${type.name} is not a Prisma object`);
  const model = modelOf(modelName);
  const typeScopes = (type.extensions as FieldExtensions).pothosOptions?.authScopes;
  if (typeScopes !== undefined && !scopesAllow(typeScopes, c.ctx.viewer)) throw new Fallback(`scopes of ${type.name}`);
  const fields: FieldShape[] = [];
  for (const [key, nodes] of collectSubfields(c.schema, c.fragments, c.variables, type, asMutable(fieldNodes))) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      fields.push({ kind: 'const', key, value: type.name });
      continue;
    }
    const field = type.getFields()[name];
    if (!field) throw new Fallback(`${type.name}.${name}`);
    checkFieldScopes(c, field);
    const ext = extensionsOf(field);
    const nonNull = isNonNullType(field.type);
    if (ext.pothosExposedField) {
      const column = model.fields.get(ext.pothosExposedField);
      if (!column || column.kind === 'object' || UNSUPPORTED_COLUMNS.has(column.type)) throw new Fallback(`${type.name}.${name}`);
      const sql = `${alias}.${ident(column.name)}`;
      const named = getNamedType(field.type);
      if (column.type === 'DateTime') {
        if (column.isList) throw new Fallback(`${type.name}.${name}`);
        columns.push(`(extract(epoch from ${sql}) * 1000)::bigint`);
        fields.push({ kind: 'value', key, slot: columns.length - 1, nonNull, serialize: toIso });
      } else {
        if (!isScalarType(named) && !isEnumType(named)) throw new Fallback(`${type.name}.${name}`);
        columns.push(sql);
        fields.push({ kind: 'value', key, slot: columns.length - 1, nonNull });
      }
    } else if (name === 'id' && isNodeType(type)) {
      columns.push(`${alias}.id`);
      fields.push({ kind: 'globalId', key, slot: columns.length - 1, typename: type.name });
    } else if (ext.pothosPrismaRelationField && !ext.pothosPrismaRelationField.isList) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || relationQuery(c, field, nodes[0]) !== undefined) throw new Fallback(`${type.name}.${name}`);
      const join = joinOf(model, ext.pothosPrismaRelationField);
      const inner = c.params.alias();
      const nested: string[] = [];
      const shape = compileObject(c, relations, target, nodes, inner, nested);
      if (nested.length === 0 || nested.length > 100) throw new Fallback(`${type.name}.${name}`);
      columns.push(
        `(SELECT json_build_array(${nested.join(', ')}) FROM ${ident(join.target)} ${inner} WHERE ${inner}.${ident(join.childColumn)} = ${alias}.${ident(join.parentColumn)})`,
      );
      fields.push({ kind: 'object', key, slot: columns.length - 1, nonNull, shape });
    } else if (ext.pothosPrismaRelationField && getNamedType(field.type).name.endsWith('Connection')) {
      const { sql, shape } = relations.connection(c, field, nodes, alias, modelName);
      columns.push(sql);
      fields.push({ ...shape, key, slot: columns.length - 1 });
    } else throw new Fallback(`${type.name}.${name}`);
  }
  if (columns.length > 100) throw new Fallback(`${type.name}: too many columns for one array`);
  return { fields };
}

// collectSubfields takes a mutable array type; the nodes are only read.
const asMutable = (nodes: readonly FieldNode[]) => nodes as FieldNode[];

/**
 * The query a Pothos relation field hands Prisma for these arguments (its own `query`, merged with
 * a connection's page), read through the field's planning hook so that the read path uses exactly
 * what the resolvers would. Undefined for a plain relation without one.
 */
export function relationQuery(c: Compile, field: GraphQLField<unknown, unknown>, node: FieldNode, selected = new Set<string>()): unknown {
  const select = extensionsOf(field).pothosPrismaSelect;
  if (!select) return undefined;
  let captured: unknown;
  try {
    const result = select(
      argumentsOf(c, field, node),
      c.ctx,
      (query) => {
        captured = query;
        return {};
      },
      () => selected,
    );
    if (result instanceof Promise) throw new Fallback(`asynchronous query of ${field.name}`);
  } catch (error) {
    if (error instanceof Fallback) throw error;
    throw new Fallback(`query of ${field.name}: ${(error as Error).message}`);
  }
  return captured && typeof captured === 'object' && Object.keys(captured).length > 0 ? captured : undefined;
}

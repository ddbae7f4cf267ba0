import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Context } from '../core/context.ts';
import { type EntityDefinition, visibleWhere } from '../core/entities.ts';
import { LIST_EXTENSION, type ListBinding } from '../core/graphql/lists.ts';
import { type EntityLookup, LOOKUP_EXTENSION } from '../core/graphql/lookup.ts';
import { ENTITY_EXTENSION } from '../core/graphql/node.ts';
import { listWhere, orderFor } from '../core/lists.ts';
import { compileConnection, cursorId, pageOf, relations } from './connections.ts';
import { ident } from './datamodel.ts';
import { scopesAllow } from './scopes.ts';
import { argumentsOf, type Compile, checkFieldScopes, compileObject } from './select.ts';
import { Fallback, type ObjectShape, type RootShape } from './shapes.ts';
import { Params, whereSql } from './where.ts';

/** One operation compiled for one request: a statement with its parameters, and how its row becomes `data`. */
export interface CompiledRead {
  /** Null when nothing needs the database (only `__typename`). */
  sql: string | null;
  values: unknown[];
  roots: RootShape[];
}

const mutable = (nodes: readonly FieldNode[]) => nodes as FieldNode[];

// The builder's global ID format (src/core/graphql/builder.ts decodeGlobalID): base64 "<Type>:<uuid>".
function decodeGlobalId(value: unknown): { typename: string; id: string } {
  if (value && typeof value === 'object' && 'typename' in value && 'id' in value) return value as { typename: string; id: string };
  if (typeof value !== 'string') throw new Fallback('id');
  const [typename, id, ...rest] = Buffer.from(value, 'base64').toString('utf8').split(':');
  if (!typename || !id || rest.length > 0 || !/^[A-Za-z]\w*$/.test(typename) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Fallback('id');
  return { typename, id };
}

function entityOf(type: GraphQLObjectType): EntityDefinition {
  const entity = (type.extensions as Record<string, unknown>)[ENTITY_EXTENSION] as EntityDefinition | undefined;
  if (!entity) throw new Fallback(`${type.name} is not a firm node`);
  return entity;
}

function nodeType(c: Compile, typename: string): GraphQLObjectType {
  const type = c.schema.getType(typename);
  if (!isObjectType(type)) throw new Fallback(`no type ${typename}`);
  entityOf(type);
  return type;
}

/** `(SELECT json_build_array(…) FROM <table> WHERE <where>)`: one row of `type` (or, aggregated, each row with its id first), and its shape. */
function objectQuery(
  c: Compile,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  where: (alias: string) => string,
  form: 'one' | 'first' | 'all' = 'one',
): { sql: string; shape: ObjectShape } {
  const alias = c.params.alias();
  const columns = form === 'all' ? [`${alias}.id`] : [];
  const shape = compileObject(c, relations, type, nodes, alias, columns);
  if (columns.length === 0) columns.push('NULL');
  const row = `json_build_array(${columns.join(', ')})`;
  const from = `FROM ${ident(entityOf(type).model)} ${alias} WHERE ${where(alias)}`;
  const sql = form === 'all' ? `(SELECT json_agg(${row}) ${from})` : `(SELECT ${row} ${from}${form === 'first' ? ' LIMIT 1' : ''})`;
  return { sql, shape };
}

function visible(c: Compile, entity: EntityDefinition, alias: string): string {
  return whereSql(entity.model, alias, visibleWhere(entity, c.ctx.viewer), c.params);
}

function compileRoot(
  c: Compile,
  key: string,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  column: number,
): RootShape & { sql?: string } {
  const ext = field.extensions as Record<string, unknown>;
  const nonNull = isNonNullType(field.type);
  const binding = ext[LIST_EXTENSION] as ListBinding<unknown, unknown> | undefined;
  if (binding) {
    const { list } = binding;
    const viewer = c.ctx.viewer;
    if (!viewer || (list.roles && !list.roles.includes(viewer.role))) throw new Fallback(`${field.name}: not allowed`);
    const args = argumentsOf(c, field, nodes[0]);
    const input = binding.toInput(args);
    const page = pageOf(args);
    const alias = c.params.alias();
    const cursor = page.after ?? page.before;
    const id = cursor ? cursorId(cursor) : null;
    const valid = id === null || /^[0-9a-f-]{36}$/i.test(id);
    const { column: orderColumn, direction } = orderFor(list, input);
    const compiled = compileConnection(
      c,
      relations,
      getNamedType(field.type) as GraphQLObjectType,
      nodes,
      {
        table: list.entity.model,
        alias,
        // A cursor that is no row id gives an empty page, as the list runner answers it.
        where: valid ? whereSql(list.entity.model, alias, listWhere(list, input, viewer), c.params) : 'FALSE',
        order: { column: orderColumn, direction },
        cursorId: valid ? id : null,
        cursorScope: (k) => visible(c, list.entity, k),
      },
      page,
    );
    return { kind: 'connection', key, column, nonNull, shape: compiled.shape, sql: compiled.sql };
  }
  const lookup = ext[LOOKUP_EXTENSION] as EntityLookup | undefined;
  const type = getNamedType(field.type);
  if (lookup && isObjectType(type)) {
    const where = lookup.where(argumentsOf(c, field, nodes[0]) as never, c.ctx);
    const q = objectQuery(
      c,
      type,
      nodes,
      (a) => `${whereSql(lookup.entity.model, a, where, c.params)} AND ${visible(c, lookup.entity, a)}`,
      'first',
    );
    return { kind: 'object', key, column, nonNull, ...q };
  }
  if (field.name === 'node') {
    const { typename, id } = decodeGlobalId(argumentsOf(c, field, nodes[0]).id);
    const concrete = nodeType(c, typename);
    const entity = entityOf(concrete);
    const q = objectQuery(c, concrete, nodes, (a) => `${a}.id = ${c.params.add(id)} AND ${visible(c, entity, a)}`);
    return { kind: 'object', key, column, nonNull, ...q };
  }
  throw new Fallback(`root field ${field.name}`);
}

/** `nodes(ids:)`: one column per type among the ids, each the visible rows of that type (id first). */
function compileNodes(
  c: Compile,
  key: string,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  columns: string[],
): RootShape {
  const raw = argumentsOf(c, field, nodes[0]).ids;
  if (!Array.isArray(raw) || raw.length > 100) throw new Fallback('ids');
  const decoded = raw.map(decodeGlobalId);
  const byType = new Map<string, { column: number; shape: ObjectShape }>();
  for (const typename of new Set(decoded.map((d) => d.typename))) {
    const type = nodeType(c, typename);
    const entity = entityOf(type);
    const ids = [...new Set(decoded.filter((d) => d.typename === typename).map((d) => d.id))];
    const q = objectQuery(c, type, nodes, (a) => `${a}.id = ANY(${c.params.add(ids)}) AND ${visible(c, entity, a)}`, 'all');
    columns.push(q.sql);
    byType.set(typename, { column: columns.length - 1, shape: q.shape });
  }
  return { kind: 'nodes', key, ids: decoded.map((d) => d.id), typeOf: decoded.map((d) => d.typename), columns: byType };
}

/**
 * Compiles a query operation over firm-scoped types into one SQL statement for this request's
 * viewer and variables, or throws {@link Fallback} when any part of it is not something the read
 * path reproduces exactly (the resolvers then answer it).
 */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  ctx: Context,
): CompiledRead {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const c: Compile = { schema, fragments, variables, ctx, params: new Params() };
  const queryType = schema.getQueryType() as GraphQLObjectType;
  const typeScopes = (queryType.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
  const columns: string[] = [];
  const roots: RootShape[] = [];
  for (const [key, nodes] of collectFields(schema, fragments, variables, queryType, operation.selectionSet)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      roots.push({ kind: 'const', key, value: queryType.name });
      continue;
    }
    const field = queryType.getFields()[name];
    if (!field) throw new Fallback(name);
    const options = (field.extensions as { pothosOptions?: { skipTypeScopes?: boolean } }).pothosOptions;
    if (typeScopes !== undefined && !options?.skipTypeScopes && !scopesAllow(typeScopes, ctx.viewer)) throw new Fallback('Query scopes');
    checkFieldScopes(c, field);
    if (name === 'nodes') roots.push(compileNodes(c, key, field, mutable(nodes), columns));
    else {
      const { sql, ...root } = compileRoot(c, key, field, nodes, columns.length);
      columns.push(sql as string);
      roots.push(root as RootShape);
    }
  }
  return { sql: columns.length > 0 ? `SELECT ${columns.join(', ')}` : null, values: c.params.values, roots };
}

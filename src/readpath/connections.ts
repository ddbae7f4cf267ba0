import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { type FieldNode, type GraphQLField, type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { ident, joinOf, modelOf } from './datamodel.ts';
import { argumentsOf, type Compile, compileObject, type Relations, relationQuery } from './select.ts';
import {
  type ConnectionFieldShape,
  type ConnectionShape,
  type EdgeFieldShape,
  Fallback,
  type Page,
  type PageInfoFieldShape,
} from './shapes.ts';
import { whereSql } from './where.ts';

/** Where a connection's rows come from: table, alias, condition, order and (when paging on) the cursor row. */
export interface RowSource {
  table: string;
  alias: string;
  /** The rows of the connection, before any cursor. */
  where: string;
  order: { column: string; direction: 'ASC' | 'DESC' };
  cursorId?: string | null;
  /** Which rows a cursor may name (a cursor row outside them gives an empty page), over the alias given. */
  cursorScope(alias: string): string;
}

const mutable = (nodes: readonly FieldNode[]) => nodes as FieldNode[];

/** The page of `first`/`last`/`after`/`before` as Pothos computes it (refusing the same combinations). */
export function pageOf(args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null }): Page {
  const { first, last, after, before } = args;
  if ((first != null && first < 0) || (last != null && last < 0)) throw new Fallback('negative page size');
  if ((before && after) || (before != null && first != null) || (after != null && last != null)) throw new Fallback('page arguments');
  const limit = Math.min(first ?? last ?? 20, 100) + 1;
  return { first, last, after, before, take: before != null || last != null ? -limit : limit };
}

/** The row id a cursor names; anything but a Pothos id cursor leaves the operation to the resolvers. */
export function cursorId(cursor: string): string {
  let decoded: string;
  try {
    decoded = decodeBase64(cursor);
  } catch {
    throw new Fallback('cursor');
  }
  if (!decoded.startsWith('GPC:')) throw new Fallback('cursor');
  const value = decodeCursorChunk(decoded.slice(4));
  if (typeof value !== 'string') throw new Fallback('cursor');
  return value;
}

/**
 * Compiles a connection over `source` for the selection `fieldNodes` of the connection type: a
 * JSON array `[rows, totalCount]`, the rows (each `[id, …node slots]`) one page plus one in the
 * connection's order, paged by a keyset bound on the cursor row, each part only when selected.
 */
export function compileConnection(
  c: Compile,
  relations: Relations,
  connectionType: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  source: RowSource,
  page: Page,
): { sql: string; shape: ConnectionShape } {
  const { alias, order } = source;
  const columns = [`${alias}.id`];
  const fields: ConnectionFieldShape[] = [];
  let rowsWanted = false;
  let countWanted = false;
  for (const [key, nodes] of collectSubfields(c.schema, c.fragments, c.variables, connectionType, mutable(fieldNodes))) {
    const name = nodes[0].name.value;
    const field = connectionType.getFields()[name];
    if (name === '__typename') fields.push({ kind: 'const', key, value: connectionType.name });
    else if (name === 'totalCount') {
      countWanted = true;
      fields.push({ kind: 'totalCount', key });
    } else if (name === 'pageInfo') {
      rowsWanted = true;
      const info: PageInfoFieldShape[] = [];
      const infoType = getNamedType(field.type) as GraphQLObjectType;
      for (const [infoKey, infoNodes] of collectSubfields(c.schema, c.fragments, c.variables, infoType, mutable(nodes))) {
        const infoName = infoNodes[0].name.value;
        if (infoName === '__typename') info.push({ kind: 'const', key: infoKey, value: infoType.name });
        else if (infoName === 'hasNextPage' || infoName === 'hasPreviousPage' || infoName === 'startCursor' || infoName === 'endCursor')
          info.push({ kind: infoName, key: infoKey });
        else throw new Fallback(`pageInfo.${infoName}`);
      }
      fields.push({ kind: 'pageInfo', key, fields: info });
    } else if (name === 'edges') {
      rowsWanted = true;
      const edgeType = getNamedType(field.type) as GraphQLObjectType;
      const edge: EdgeFieldShape[] = [];
      for (const [edgeKey, edgeNodes] of collectSubfields(c.schema, c.fragments, c.variables, edgeType, mutable(nodes))) {
        const edgeName = edgeNodes[0].name.value;
        if (edgeName === '__typename') edge.push({ kind: 'const', key: edgeKey, value: edgeType.name });
        else if (edgeName === 'cursor') edge.push({ kind: 'cursor', key: edgeKey });
        else if (edgeName === 'node') {
          const nodeType = getNamedType(edgeType.getFields().node.type);
          if (!isObjectType(nodeType)) throw new Fallback('node type');
          edge.push({ kind: 'node', key: edgeKey, shape: compileObject(c, relations, nodeType, edgeNodes, alias, columns) });
        } else throw new Fallback(`edge.${edgeName}`);
      }
      fields.push({ kind: 'edges', key, fields: edge });
    } else throw new Fallback(`${connectionType.name}.${name}`);
  }
  if (columns.length > 100) throw new Fallback('too many columns for one array');
  const backward = page.take < 0;
  const direction = (order.direction === 'DESC') === backward ? 'ASC' : 'DESC';
  const orderSql = `${alias}.${ident(order.column)} ${direction}, ${alias}.id ${direction}`;
  let where = source.where;
  if (source.cursorId !== undefined && source.cursorId !== null) {
    const k = c.params.alias();
    where = `${where} AND (${alias}.${ident(order.column)}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (SELECT ${k}.${ident(order.column)}, ${k}.id FROM ${ident(source.table)} ${k} WHERE ${k}.id = ${c.params.add(source.cursorId)} AND ${source.cursorScope(k)})`;
  }
  const rows = rowsWanted
    ? `(SELECT coalesce(json_agg(r.j ORDER BY r.n${backward ? ' DESC' : ''}), '[]'::json) FROM (SELECT json_build_array(${columns.join(', ')}) AS j, row_number() OVER (ORDER BY ${orderSql}) AS n FROM ${ident(source.table)} ${alias} WHERE ${where} ORDER BY ${orderSql} LIMIT ${c.params.add(Math.abs(page.take))}) r)`
    : 'NULL';
  const count = countWanted ? `(SELECT count(*)::int FROM ${ident(source.table)} ${alias} WHERE ${source.where})` : 'NULL';
  return { sql: `json_build_array(${rows}, ${count})`, shape: { page, fields } };
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

interface CapturedQuery {
  where?: unknown;
  orderBy?: Record<string, string>[];
  take?: number;
  cursor?: { id?: unknown };
}

/** The order of a related connection's query: one column then id, in one direction. */
function orderOf(query: CapturedQuery, model: string): RowSource['order'] {
  const orderBy = query.orderBy ?? [];
  const entries = orderBy.map((o) => Object.entries(o));
  if (entries.some((e) => e.length !== 1)) throw new Fallback('order');
  const last = entries.at(-1)?.[0];
  if (last?.[0] !== 'id') throw new Fallback('order must end in id');
  const column = entries.length === 2 ? entries[0][0][0] : 'id';
  const direction = last[1] === 'desc' ? 'DESC' : 'ASC';
  if (entries.length > 2 || entries.some(([[, dir]]) => dir !== last[1])) throw new Fallback('order');
  const field = modelOf(model).fields.get(column);
  if (!field || field.kind === 'object' || !field.isRequired) throw new Fallback(`order on ${column}`);
  return { column, direction };
}

/** The read path's relations: connections over a Prisma list relation, with the field's own query. */
export const relations: Relations = {
  connection(c, field: GraphQLField<unknown, unknown>, nodes, parent, modelName) {
    const relation = (field.extensions as { pothosPrismaRelationField?: Parameters<typeof joinOf>[1] }).pothosPrismaRelationField;
    if (!relation?.isList) throw new Fallback(field.name);
    const connectionType = getNamedType(field.type) as GraphQLObjectType;
    const selected = new Set<string>();
    for (const [, n] of collectSubfields(c.schema, c.fragments, c.variables, connectionType, mutable(nodes))) selected.add(n[0].name.value);
    const query = (relationQuery(c, field, nodes[0], selected) ?? {}) as CapturedQuery;
    if (typeof query.take !== 'number') throw new Fallback(`page of ${field.name}`);
    const join = joinOf(modelOf(modelName), relation);
    const alias = c.params.alias();
    const own = whereSql(join.target, alias, query.where ?? {}, c.params);
    const id = query.cursor?.id;
    if (id !== undefined && (typeof id !== 'string' || !isUuid(id))) throw new Fallback('cursor');
    const { first, last, after, before } = argumentsOf(c, field, nodes[0]) as Omit<Page, 'take'>;
    const source: RowSource = {
      table: join.target,
      alias,
      where: `${alias}.${ident(join.childColumn)} = ${parent}.${ident(join.parentColumn)} AND ${own}`,
      order: orderOf(query, join.target),
      cursorId: id as string | undefined,
      cursorScope: () => 'TRUE',
    };
    const compiled = compileConnection(c, relations, connectionType, nodes, source, { first, last, after, before, take: query.take });
    return { sql: compiled.sql, shape: { kind: 'connection', key: '', slot: 0, nonNull: true, shape: compiled.shape } };
  },
};

/** The read path gives up on an operation and leaves it to the resolvers (which answer or raise the error). */
export class Fallback extends Error {}

/**
 * How a row, read as a JSON array, becomes a response object: one entry per response key, in
 * the order graphql-js would write them, each reading its slot of the array.
 */
export interface ObjectShape {
  fields: FieldShape[];
}

export type FieldShape =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'globalId'; key: string; slot: number; typename: string }
  | { kind: 'value'; key: string; slot: number; nonNull: boolean; serialize?: (value: unknown) => unknown }
  | { kind: 'object'; key: string; slot: number; nonNull: boolean; shape: ObjectShape }
  | { kind: 'connection'; key: string; slot: number; nonNull: boolean; shape: ConnectionShape };

/** A page as Pothos reads it: `take` is the signed row count asked of the database (one extra, to see past the page). */
export interface Page {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  take: number;
}

export interface ConnectionShape {
  page: Page;
  fields: ConnectionFieldShape[];
}

export type ConnectionFieldShape =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'edges'; key: string; fields: EdgeFieldShape[] }
  | { kind: 'pageInfo'; key: string; fields: PageInfoFieldShape[] }
  | { kind: 'totalCount'; key: string };

export type EdgeFieldShape =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'cursor'; key: string }
  | { kind: 'node'; key: string; shape: ObjectShape };

export type PageInfoFieldShape =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'; key: string };

/** A root field: the statement's column it reads, and how. */
export type RootShape =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'object'; key: string; column: number; nonNull: boolean; shape: ObjectShape }
  | { kind: 'connection'; key: string; column: number; nonNull: boolean; shape: ConnectionShape }
  /** `nodes(ids:)`: one column per type, each an array of rows that start with their id. */
  | { kind: 'nodes'; key: string; ids: string[]; columns: Map<string, { column: number; shape: ObjectShape }>; typeOf: string[] };

const globalIds = new Map<string, string>();

/** The global ID of a row (base64 of "<Type>:<id>"), kept for ids seen recently: the same users and clients recur on every page. */
export function globalId(typename: string, id: string): string {
  const key = `${typename}:${id}`;
  let found = globalIds.get(key);
  if (found === undefined) {
    found = Buffer.from(key).toString('base64');
    if (globalIds.size >= 50_000) globalIds.clear();
    globalIds.set(key, found);
  }
  return found;
}

/** The cursor Pothos gives a row of a connection ordered with `cursor: 'id'`. */
export const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');

export function shapeObject(shape: ObjectShape, row: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of shape.fields) {
    switch (field.kind) {
      case 'const':
        out[field.key] = field.value;
        break;
      case 'globalId':
        out[field.key] = globalId(field.typename, row[field.slot] as string);
        break;
      case 'value': {
        const value = row[field.slot];
        if (value === null || value === undefined) {
          if (field.nonNull) throw new Fallback(`null ${field.key}`);
          out[field.key] = null;
        } else out[field.key] = field.serialize ? field.serialize(value) : value;
        break;
      }
      case 'object': {
        const value = row[field.slot] as unknown[] | null;
        if (value === null) {
          if (field.nonNull) throw new Fallback(`null ${field.key}`);
          out[field.key] = null;
        } else out[field.key] = shapeObject(field.shape, value);
        break;
      }
      case 'connection':
        out[field.key] = shapeConnection(field.shape, row[field.slot] as [unknown[][] | null, number | null]);
        break;
    }
  }
  return out;
}

/** A connection from its rows (each starting with its id) and count, paged exactly as Pothos' prisma connections are. */
export function shapeConnection(shape: ConnectionShape, value: [unknown[][] | null, number | null]): Record<string, unknown> {
  const { page } = shape;
  const rows = value[0] ?? [];
  const gotFullResults = rows.length === Math.abs(page.take);
  const backward = page.before != null || page.last != null;
  const hasNextPage = page.before != null ? true : page.last != null ? false : gotFullResults;
  const hasPreviousPage = page.after != null ? true : backward ? gotFullResults : false;
  const nodes = gotFullResults ? rows.slice(page.take < 0 ? 1 : 0, page.take < 0 ? rows.length : -1) : rows;
  const out: Record<string, unknown> = {};
  for (const field of shape.fields) {
    switch (field.kind) {
      case 'const':
        out[field.key] = field.value;
        break;
      case 'totalCount':
        out[field.key] = value[1];
        break;
      case 'edges':
        out[field.key] = nodes.map((row) => {
          const edge: Record<string, unknown> = {};
          for (const f of field.fields) {
            if (f.kind === 'const') edge[f.key] = f.value;
            else if (f.kind === 'cursor') edge[f.key] = cursorOf(row[0] as string);
            else edge[f.key] = shapeObject(f.shape, row);
          }
          return edge;
        });
        break;
      case 'pageInfo': {
        const info: Record<string, unknown> = {};
        for (const f of field.fields) {
          if (f.kind === 'const') info[f.key] = f.value;
          else if (f.kind === 'hasNextPage') info[f.key] = hasNextPage;
          else if (f.kind === 'hasPreviousPage') info[f.key] = hasPreviousPage;
          else if (f.kind === 'startCursor') info[f.key] = nodes.length > 0 ? cursorOf(nodes[0][0] as string) : null;
          else info[f.key] = nodes.length > 0 ? cursorOf(nodes[nodes.length - 1][0] as string) : null;
        }
        out[field.key] = info;
        break;
      }
    }
  }
  return out;
}

/** The `data` of a response from the statement's one row. */
export function shapeData(roots: RootShape[], row: unknown[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const root of roots) {
    if (root.kind === 'const') data[root.key] = root.value;
    else if (root.kind === 'nodes') {
      const byType = new Map<string, Map<string, Record<string, unknown>>>();
      for (const [typename, { column, shape }] of root.columns) {
        const found = new Map<string, Record<string, unknown>>();
        for (const r of (row[column] as unknown[][] | null) ?? []) found.set(r[0] as string, shapeObject(shape, r));
        byType.set(typename, found);
      }
      data[root.key] = root.ids.map((id, i) => byType.get(root.typeOf[i])?.get(id) ?? null);
    } else {
      const value = row[root.column];
      if (value === null) {
        if (root.nonNull) throw new Fallback(`null ${root.key}`);
        data[root.key] = null;
      } else
        data[root.key] =
          root.kind === 'object'
            ? shapeObject(root.shape, value as unknown[])
            : shapeConnection(root.shape, value as [unknown[][] | null, number | null]);
    }
  }
  return data;
}

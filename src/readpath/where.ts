import { ident, joinOf, type Model, type ModelField, modelOf } from './datamodel.ts';

/**
 * What one statement is built with: its parameters (`add` returns a value's placeholder) and its
 * table aliases, numbered in order so that the same request shape gives the same text (and reuses
 * the same prepared statement).
 */
export class Params {
  readonly values: unknown[] = [];
  private aliases = 0;
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  alias(): string {
    this.aliases += 1;
    return `t${this.aliases}`;
  }
}

/** A `where` this translator does not know; the read path then leaves the operation to the resolvers. */
export class UnsupportedWhere extends Error {}

const TRUE = 'TRUE';
const FALSE = 'FALSE';

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function and(parts: string[]): string {
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.includes(FALSE)) return FALSE;
  return kept.length === 0 ? TRUE : kept.length === 1 ? kept[0] : `(${kept.join(' AND ')})`;
}

function or(parts: string[]): string {
  const kept = parts.filter((p) => p !== FALSE);
  if (kept.includes(TRUE)) return TRUE;
  return kept.length === 0 ? FALSE : kept.length === 1 ? kept[0] : `(${kept.join(' OR ')})`;
}

const not = (part: string) => (part === TRUE ? FALSE : part === FALSE ? TRUE : `NOT (${part})`);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function scalarFilter(column: string, field: ModelField, filter: unknown, params: Params): string {
  if (filter === null) return `${column} IS NULL`;
  if (!isPlainObject(filter)) return `${column} = ${params.add(filter)}`;
  const insensitive = filter.mode === 'insensitive';
  const like = insensitive ? 'ILIKE' : 'LIKE';
  const parts: string[] = [];
  for (const [op, value] of Object.entries(filter)) {
    if (value === undefined || op === 'mode') continue;
    switch (op) {
      case 'equals':
        parts.push(
          value === null
            ? `${column} IS NULL`
            : insensitive
              ? `${column} ILIKE ${params.add(likeEscape(String(value)))}`
              : `${column} = ${params.add(value)}`,
        );
        break;
      case 'in':
        parts.push((value as unknown[]).length === 0 ? FALSE : `${column} = ANY(${params.add(value)})`);
        break;
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        parts.push(`${column} ${{ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]} ${params.add(value)}`);
        break;
      case 'contains':
        parts.push(`${column} ${like} ${params.add(`%${likeEscape(String(value))}%`)}`);
        break;
      case 'startsWith':
        parts.push(`${column} ${like} ${params.add(`${likeEscape(String(value))}%`)}`);
        break;
      case 'endsWith':
        parts.push(`${column} ${like} ${params.add(`%${likeEscape(String(value))}`)}`);
        break;
      case 'has':
        parts.push(`${params.add(value)} = ANY(${column})`);
        break;
      case 'isEmpty':
        parts.push(value ? `cardinality(${column}) = 0` : `cardinality(${column}) > 0`);
        break;
      default:
        throw new UnsupportedWhere(`${field.name}.${op}`);
    }
  }
  return and(parts);
}

function relationFilter(model: Model, alias: string, field: ModelField, filter: unknown, params: Params): string {
  const join = joinOf(model, field);
  const inner = params.alias();
  const linked = `${inner}.${ident(join.childColumn)} = ${alias}.${ident(join.parentColumn)}`;
  const exists = (where: unknown, negate = false) => {
    const condition = whereSql(join.target, inner, where ?? {}, params);
    return `EXISTS (SELECT 1 FROM ${ident(join.target)} ${inner} WHERE ${linked} AND ${negate ? not(condition) : condition})`;
  };
  if (join.isList) {
    if (!isPlainObject(filter)) throw new UnsupportedWhere(field.name);
    const parts: string[] = [];
    for (const [op, where] of Object.entries(filter)) {
      if (where === undefined) continue;
      if (op === 'some') parts.push(exists(where));
      else if (op === 'none') parts.push(not(exists(where)));
      else if (op === 'every') parts.push(not(exists(where, true)));
      else throw new UnsupportedWhere(`${field.name}.${op}`);
    }
    return and(parts);
  }
  const own = join.parentColumn !== 'id' ? `${alias}.${ident(join.parentColumn)}` : null;
  if (filter === null) return own ? `${own} IS NULL` : not(exists({}));
  if (isPlainObject(filter) && ('is' in filter || 'isNot' in filter)) {
    const parts: string[] = [];
    if (filter.is !== undefined) parts.push(filter.is === null ? (own ? `${own} IS NULL` : not(exists({}))) : exists(filter.is));
    if (filter.isNot !== undefined)
      parts.push(filter.isNot === null ? (own ? `${own} IS NOT NULL` : exists({})) : not(exists(filter.isNot)));
    return and(parts);
  }
  return exists(filter);
}

/**
 * Translates a Prisma `where` on `modelName` (read under `alias`) into a SQL condition with its
 * parameters in `params`: the subset LexGraph's visibility rules and list filters use (equality,
 * null, in, comparisons, contains/startsWith/endsWith with `mode: 'insensitive'`, array
 * has/isEmpty, AND/OR/NOT, and relation filters some/none/every/is/isNot). Anything else throws
 * {@link UnsupportedWhere}, so a rule it cannot express is never silently dropped.
 */
export function whereSql(modelName: string, alias: string, where: unknown, params: Params): string {
  if (where === undefined || where === null) return TRUE;
  if (!isPlainObject(where)) throw new UnsupportedWhere(String(where));
  const model = modelOf(modelName);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND') parts.push(and(asList(value).map((w) => whereSql(modelName, alias, w, params))));
    else if (key === 'OR') parts.push(or(asList(value).map((w) => whereSql(modelName, alias, w, params))));
    else if (key === 'NOT') parts.push(and(asList(value).map((w) => not(whereSql(modelName, alias, w, params)))));
    else {
      const field = model.fields.get(key);
      if (!field) throw new UnsupportedWhere(`${modelName}.${key}`);
      parts.push(
        field.kind === 'object'
          ? relationFilter(model, alias, field, value, params)
          : scalarFilter(`${alias}.${ident(key)}`, field, value, params),
      );
    }
  }
  return and(parts);
}

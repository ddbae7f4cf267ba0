import type { Context } from '../context.ts';
import { countRows, type ListDefinition, listRows, type PageQuery } from '../lists.ts';

/** The key under which a connection field carries its list, for readers of the schema (the SQL read path). */
export const LIST_EXTENSION = 'lexgraphList';

/** A root connection's list and how its GraphQL arguments become the list's input. */
export interface ListBinding<Args, Input> {
  list: ListDefinition<Input>;
  toInput(args: Args): Input;
}

/**
 * The resolvers of a root connection over a list: spread into `t.prismaConnection` with its type,
 * arguments and descriptions. Pages come from {@link listRows}, `totalCount` from `countRows`;
 * `toInput` turns the field's arguments (its parameter's type must name them) into the list's input.
 *
 * ```ts
 * matters: t.prismaConnection({ type: 'Matter', cursor: 'id', description, args, ...listConnection(matterList, toInput) }, …)
 * ```
 */
export function listConnection<Args, Input>(list: ListDefinition<Input>, toInput: (args: Args) => Input) {
  return {
    ...listPages(list, toInput),
    totalCount: (_parent: unknown, args: Args, ctx: Context) => countRows(ctx, list, toInput(args)),
  };
}

/** Like {@link listConnection}, for a connection without `totalCount`. */
export function listPages<Args, Input>(list: ListDefinition<Input>, toInput: (args: Args) => Input) {
  return {
    // The rows are the model's, as Pothos expects them (`never` fits every row type).
    resolve: (query: PageQuery, _parent: unknown, args: Args, ctx: Context) => listRows<Input, never>(ctx, list, toInput(args), query),
    extensions: { [LIST_EXTENSION]: { list, toInput } satisfies ListBinding<Args, Input> },
  };
}

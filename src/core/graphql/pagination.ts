import { defaultFieldResolver, GraphQLError, type GraphQLOutputType, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { builder } from './builder.ts';

/** The largest page any connection returns; asking for more is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

/** The refusal of a `first`/`last` outside 0..{@link MAX_PAGE_SIZE}, or null. */
export function pageArgsError(args: Record<string, unknown>): GraphQLError | null {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) {
      return new GraphQLError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: name, http: { status: 400 } },
      });
    }
  }
  return null;
}

function checkPageArgs(args: Record<string, unknown>): void {
  const error = pageArgsError(args);
  if (error) throw error;
}

const isConnectionField = (field: { type: GraphQLOutputType; args: readonly { name: string }[] }) =>
  getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'first');

/**
 * Makes every field that returns a `*Connection` refuse `first`/`last` outside 0..100 before it
 * resolves: one rule for all connections. Over HTTP and WebSocket the cost check (`security/cost.ts`)
 * already refused such operations before execution; this is the last line for any other caller.
 */
export function enforcePageSize(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isConnectionField(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        checkPageArgs(args);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

/**
 * Pothos adds `totalCount` to connections without a description; every public field has one.
 */
export function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = 'How many items the connection holds across all its pages.';
  }
  return schema;
}

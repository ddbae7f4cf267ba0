import { defaultFieldResolver, GraphQLError, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { builder } from './builder.ts';

/** The largest page any connection returns; asking for more is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

function checkPageArgs(args: Record<string, unknown>): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: name },
      });
    }
  }
}

/**
 * Makes every field that returns a `*Connection` refuse `first`/`last` outside 0..100 before it
 * resolves: one rule for all connections, including nested ones Pothos resolves by itself.
 */
export function enforcePageSize(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection') || !field.args.some((a) => a.name === 'first')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        checkPageArgs(args);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

import {
  type DocumentNode,
  defaultFieldResolver,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { builder } from './builder.ts';

/** The largest page any connection returns; asking for more is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

function pageArgsError(args: Record<string, unknown>): GraphQLError | null {
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
 * Checks `first`/`last` of every connection field an operation selects (fragments included), with
 * its variables, before anything executes. Nested Prisma connections (e.g. `Matter.members`) are
 * loaded by their parent's query, so a check in their own resolver would come too late: after the
 * parent's SQL, once per parent row, or (for negative sizes) as an error on the parent field.
 * Returns the first error, or null; variables that do not coerce are left to execution to report.
 */
export function pageSizeError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  let found: GraphQLError | null = null;
  while (pending.length > 0 && !found) {
    const node = pending.pop() as OperationDefinitionNode | FragmentDefinitionNode;
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !seen.has(spread.name.value)) {
            seen.add(spread.name.value);
            pending.push(fragment);
          }
        },
        Field(field) {
          const definition = typeInfo.getFieldDef();
          if (found || !definition || !isConnectionField(definition)) return;
          let args: Record<string, unknown>;
          try {
            args = getArgumentValues(definition, field, coerced.coerced);
          } catch {
            return; // a malformed literal: validation reports it
          }
          const error = pageArgsError(args);
          if (error) found = new GraphQLError(error.message, { nodes: [field], extensions: error.extensions });
        },
      }),
    );
  }
  return found;
}

/**
 * Makes every field that returns a `*Connection` refuse `first`/`last` outside 0..100 before it
 * resolves: one rule for all connections. Over HTTP and WebSocket {@link pageSizeError} already
 * refused such operations before execution; this is the last line for any other caller.
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

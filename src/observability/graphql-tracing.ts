import type { ApolloServerPlugin } from '@apollo/server';
import { context, type Span, trace } from '@opentelemetry/api';
import { type GraphQLSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { endSpan, tracer } from './tracing.ts';

// The operation span of each request, found by its context object (resolvers get the same one).
const operations = new WeakMap<object, Span>();
const wrapped = new WeakSet<GraphQLSchema>();

/**
 * Apollo plugin (added only when tracing is on) that wraps each operation in a span named like
 * `mutation CreateClient`, with the operation's name, type and the request id.
 */
export function graphqlTracingPlugin(): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      let span: Span | undefined;
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          if (!operation) return;
          const type = operation.operation;
          span = tracer().startSpan(operationName ? `${type} ${operationName}` : type, {
            attributes: {
              'graphql.operation.type': type,
              'graphql.operation.name': operationName ?? '',
              'lexgraph.request_id': contextValue.requestId,
            },
          });
          operations.set(contextValue, span);
        },
        async willSendResponse({ response }) {
          if (!span) return;
          endSpan(span, response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
        },
      };
    },
  };
}

/**
 * Wraps every resolver of `schema` that returns objects in a span under its operation's span, and
 * runs it with that span current, so its SQL statements nest under it. Done once, and only when
 * tracing is on: the read path's benchmarks run without it.
 */
export function traceResolvers(schema: GraphQLSchema): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || isLeafType(getNamedType(field.type))) continue;
      const resolve = field.resolve;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) => {
        const parent = operations.get(ctx as object);
        const base = parent ? trace.setSpan(context.active(), parent) : context.active();
        const span = tracer().startSpan(name, { attributes: { 'graphql.field.path': String(info.path.key) } }, base);
        let result: unknown;
        try {
          result = context.with(trace.setSpan(base, span), () => resolve(source, args, ctx, info));
        } catch (error) {
          endSpan(span, true);
          throw error;
        }
        Promise.resolve(result).then(
          () => endSpan(span, false),
          () => endSpan(span, true),
        );
        return result;
      };
    }
  }
}

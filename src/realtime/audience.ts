import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Viewer } from '../core/context.ts';
import type { EntityDefinition } from '../core/entities.ts';
import { ENTITY_EXTENSION } from '../core/graphql/node.ts';

const entitiesOf = new Map<string, EntityDefinition[]>();

/** The entities a document can reach (every object type of a firm node it selects), by query text. */
function reachableEntities(schema: GraphQLSchema, query: string, document: DocumentNode): EntityDefinition[] {
  let found = entitiesOf.get(query);
  if (!found) {
    const entities = new Set<EntityDefinition>();
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          const named = type && getNamedType(type);
          const entity = named && isObjectType(named) ? (named.extensions as Record<string, unknown>)[ENTITY_EXTENSION] : undefined;
          if (entity) entities.add(entity as EntityDefinition);
        },
      }),
    );
    found = [...entities];
    if (entitiesOf.size >= 1_000) entitiesOf.clear();
    entitiesOf.set(query, found);
  }
  return found;
}

/**
 * Which subscribers get the same result for the same event: those with the same operation and
 * variables, the same role, and the same rows of every entity the operation can reach (its
 * `audience`: the firm for rows everyone in it sees alike, the user otherwise). One execution per
 * audience then serves all of them.
 */
export function audienceOf(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  document: DocumentNode,
  viewer: Viewer,
): string {
  const rows = reachableEntities(schema, payload.query, document).map((entity) => entity.audience?.(viewer) ?? `user:${viewer.id}`);
  return [payload.query, payload.operationName ?? '', JSON.stringify(payload.variables ?? {}), viewer.role, ...new Set(rows)].join(
    '\u0000',
  );
}

const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * The execution of an event for an audience: the first subscriber of the audience to receive the
 * event runs `run`, the others share its result. Events are the objects a subscription's stream
 * yields, shared by every subscriber that receives them; the results go when the event does.
 */
export function executeOnce(event: unknown, audience: string, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
  if (typeof event !== 'object' || event === null) return run();
  let byAudience = executions.get(event);
  if (!byAudience) {
    byAudience = new Map();
    executions.set(event, byAudience);
  }
  let result = byAudience.get(audience);
  if (!result) {
    result = run();
    byAudience.set(audience, result);
  }
  return result;
}

import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { ApiKeyPrincipal } from '../context.ts';
import { registry } from '../registry.ts';

/** Root fields of the API itself, open to every key: they read nothing a scope does not guard. */
const CORE_ROOT_FIELDS = new Set(['node', 'nodes', 'rateLimit']);

// `MatterConnection`, `MatterEdge`, `ClientMattersConnectionEdge` need what their items need.
const itemType = (name: string) => name.replace(/(Connection)?Edge$|Connection$/, '');

interface Need {
  scope: string | null;
  where: string;
}

// What each field of an operation needs, per document: the walk is done once for all keys.
const needsOf = new WeakMap<OperationDefinitionNode, Need[]>();

function needs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Need[] {
  const known = needsOf.get(operation);
  if (known) return known;
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const found = new Map<string, Need>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  while (pending.length > 0) {
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
          const parent = typeInfo.getParentType();
          const name = field.name.value;
          if (!parent || name.startsWith('__')) return;
          const where = `${parent.name}.${name}`;
          if (roots.has(parent.name)) {
            if (!CORE_ROOT_FIELDS.has(name)) found.set(where, { scope: registry().scopeOf(name) ?? null, where });
            return;
          }
          const owner = registry().scopeOf(itemType(parent.name));
          if (owner) found.set(where, { scope: owner, where });
          const returned = typeInfo.getType();
          const target = returned && registry().scopeOf(itemType(getNamedType(returned).name));
          if (target) found.set(`${where}→`, { scope: target, where });
        },
      }),
    );
  }
  const list = [...found.values()];
  needsOf.set(operation, list);
  return list;
}

/**
 * The refusal of an operation that uses anything the API key was not granted (FORBIDDEN, before
 * anything runs), or null. Each field needs the scope its domain declares for its type, or for the
 * root field it is; a root field no scope declares is closed to keys. People (no key) are never
 * refused here: their role decides, field by field.
 */
export function apiScopeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  key: ApiKeyPrincipal | undefined,
): GraphQLError | null {
  if (!key) return null;
  const missing = needs(schema, document, operation).find((need) => !need.scope || !key.scopes.includes(need.scope));
  if (!missing) return null;
  const message = missing.scope
    ? `This API key lacks the scope ${missing.scope}, which ${missing.where} needs`
    : `${missing.where} is not available to API keys`;
  return new GraphQLError(message, {
    extensions: { code: 'FORBIDDEN', ...(missing.scope ? { scope: missing.scope } : {}), http: { status: 403 } },
  });
}

import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE, pageArgsError } from '../core/graphql/pagination.ts';
import { LIMITS } from './limits.ts';

/**
 * The cost model, the one definition every transport charges and refuses by (like Shopify's):
 * every object a field returns costs {@link COSTS.object}, scalars nothing; a connection's items
 * (`edges`/`nodes`) cost as many times as the page it asks for (`first`/`last`, else the default
 * page), `nodes(ids:)` as many times as it has ids; each mutation field adds {@link COSTS.mutation}.
 * Introspection is free.
 */
export const COSTS = { object: 1, mutation: 10, defaultPage: 20 } as const;

/** What an operation costs before it runs, or why it may not run at all. */
export interface CostReport {
  cost: number;
  /** A page size or id count out of range (BAD_USER_INPUT), found while costing. */
  error: GraphQLError | null;
}

const isConnection = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'first');

const tooManyIds = (count: number, node: FieldNode) =>
  new GraphQLError(`ids: nodes(ids:) takes at most ${LIMITS.maxNodeIds} ids at once, got ${count}`, {
    nodes: [node],
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

class Coster {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  // A fragment spread many times is costed once per type it is spread on: no exponential walk.
  private readonly fragmentCosts = new Map<string, number>();
  error: GraphQLError | null = null;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
  }

  selection(type: GraphQLNamedType, set: SelectionSetNode | undefined, multiplier = 1): number {
    if (!set || !isCompositeType(type)) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (this.error) return 0;
      if (selection.kind === Kind.FIELD) total += this.field(type, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        total += on ? this.selection(on, selection.selectionSet) : 0;
      } else total += this.fragment(selection.name.value);
    }
    return total * multiplier;
  }

  private fragment(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const on = fragment && this.schema.getType(fragment.typeCondition.name.value);
    const cost = on ? this.selection(on, fragment.selectionSet) : 0;
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(definition, node, this.variables);
    } catch {
      return {}; // a malformed literal: validation reports it
    }
  }

  private field(parent: GraphQLNamedType, node: FieldNode): number {
    const name = node.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const definition = parent.getFields()[name];
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    const mutation = parent === this.schema.getMutationType() ? COSTS.mutation : 0;
    if (!isCompositeType(type)) return mutation;
    if (isConnection(definition)) {
      const args = this.args(definition, node);
      const error = pageArgsError(args);
      if (error) {
        this.error = new GraphQLError(error.message, { nodes: [node], extensions: error.extensions });
        return 0;
      }
      const page = (args.first ?? args.last ?? COSTS.defaultPage) as number;
      return mutation + COSTS.object + this.connection(type, node.selectionSet, page);
    }
    if (name === 'nodes' && parent === this.schema.getQueryType()) {
      const ids = this.args(definition, node).ids;
      const count = Array.isArray(ids) ? ids.length : 0;
      if (count > LIMITS.maxNodeIds) {
        this.error = tooManyIds(count, node);
        return 0;
      }
      return count * (COSTS.object + this.selection(type, node.selectionSet));
    }
    return mutation + COSTS.object + this.selection(type, node.selectionSet);
  }

  // A connection's `edges` and `nodes` repeat per item; `pageInfo` and `totalCount` come once.
  // The edge wrapper itself is free: its node is the object.
  private connection(type: GraphQLNamedType, set: SelectionSetNode | undefined, page: number): number {
    if (!set || !isObjectType(type)) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) {
        total += this.selection(type, { kind: Kind.SELECTION_SET, selections: [selection] });
        continue;
      }
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const itemType = getNamedType(field.type);
      if (selection.name.value === 'edges') total += this.selection(itemType, selection.selectionSet, page);
      else if (selection.name.value === 'nodes') total += page * (COSTS.object + this.selection(itemType, selection.selectionSet));
      else total += this.field(type, selection);
    }
    return total;
  }
}

/**
 * The cost of `operation` with its variables (see {@link COSTS}), computed before anything
 * executes, with the first page size outside 0..{@link MAX_PAGE_SIZE} or `nodes(ids:)` list over
 * {@link LIMITS.maxNodeIds} as its error. Variables that do not coerce cost nothing here:
 * execution reports them.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): CostReport {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return { cost: 0, error: null };
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, error: null };
  const coster = new Coster(schema, document, coerced.coerced);
  const cost = coster.selection(root, operation.selectionSet);
  return { cost: coster.error ? 0 : cost, error: coster.error };
}

type Selected = { node: FieldNode; parent: GraphQLNamedType };

// The fields selected on an object by response key, through fragments whatever their type
// condition: the answer holds only the keys that applied.
function collect(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLNamedType,
  set: SelectionSetNode,
  into = new Map<string, Selected>(),
): Map<string, Selected> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (!into.has(key)) into.set(key, { node: selection, parent });
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      const on = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) ?? parent) : parent;
      collect(schema, fragments, on, fragment.selectionSet, into);
    }
  }
  return into;
}

interface Step {
  key: string;
  cost: number;
  /** The type and selection to walk into; null for leaves. */
  into: { type: GraphQLNamedType; set: SelectionSetNode | undefined; each: number } | null;
}

/**
 * What an executed operation actually cost, by the same model as {@link costOf} but counting the
 * objects its answer holds (a page of 3 where 100 were asked costs 3). Refunded to the caller's
 * bucket, like Shopify's `actualQueryCost`.
 */
export function actualCostOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, data: unknown): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const mutationType = schema.getMutationType();
  // Each selection is planned once per answer, however many objects it is applied to.
  const plans = new Map<SelectionSetNode, Map<string, Step[]>>();
  const plan = (type: GraphQLNamedType, set: SelectionSetNode): Step[] => {
    let byType = plans.get(set);
    if (!byType) {
      byType = new Map();
      plans.set(set, byType);
    }
    let steps = byType.get(type.name);
    if (steps) return steps;
    steps = [];
    for (const [key, { node, parent }] of collect(schema, fragments, type, set)) {
      if (node.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const definition = parent.getFields()[node.name.value];
      if (!definition) continue;
      const named = getNamedType(definition.type);
      const composite = isCompositeType(named);
      steps.push({
        key,
        cost: parent === mutationType ? COSTS.mutation : 0,
        into: composite ? { type: named, set: node.selectionSet, each: named.name.endsWith('Edge') ? 0 : COSTS.object } : null,
      });
    }
    byType.set(type.name, steps);
    return steps;
  };
  const walk = (type: GraphQLNamedType, set: SelectionSetNode | undefined, value: unknown): number => {
    if (value === null || typeof value !== 'object' || !set) return 0;
    if (Array.isArray(value)) {
      let sum = 0;
      for (const item of value) sum += walk(type, set, item);
      return sum;
    }
    const object = value as Record<string, unknown>;
    let total = 0;
    for (const step of plan(type, set)) {
      if (!(step.key in object)) continue;
      total += step.cost;
      if (!step.into) continue;
      const child = object[step.key];
      if (child === null || child === undefined) continue;
      if (Array.isArray(child)) {
        for (const item of child) if (item !== null) total += step.into.each + walk(step.into.type, step.into.set, item);
      } else total += step.into.each + walk(step.into.type, step.into.set, child);
    }
    return total;
  };
  const root = schema.getRootType(operation.operation);
  return root ? walk(root, operation.selectionSet, data) : 0;
}

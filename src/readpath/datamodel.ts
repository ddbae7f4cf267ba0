import { getDatamodel } from '../generated/pothos-prisma-types.ts';

/** A column or relation of a model, as the read path needs it. */
export interface ModelField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  /** The scalar type (String, Int, DateTime…), the enum's name, or the related model. */
  type: string;
  isList: boolean;
  isRequired: boolean;
  relationName?: string;
  /** This side's foreign-key columns; empty on the side that is pointed at. */
  relationFromFields?: readonly string[];
}

export interface Model {
  name: string;
  fields: ReadonlyMap<string, ModelField>;
}

const models = new Map<string, Model>(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    { name, fields: new Map(model.fields.map((f) => [f.name, f as unknown as ModelField])) },
  ]),
);

/** A Prisma model by name (tables and columns carry the model's and fields' names: the schema maps none). */
export function modelOf(name: string): Model {
  const model = models.get(name);
  if (!model) throw new Error(`Unknown model ${name}`);
  return model;
}

/** How a relation joins: `parentColumn` of the model it is read from equals `childColumn` of the related model. */
export interface Join {
  target: string;
  parentColumn: string;
  childColumn: string;
  isList: boolean;
}

/** The join of a relation field of `model`: its own foreign key, or the other side's that points back. */
export function joinOf(model: Model, field: ModelField): Join {
  const target = modelOf(field.type);
  if (field.relationFromFields?.length) {
    return { target: target.name, parentColumn: field.relationFromFields[0], childColumn: 'id', isList: field.isList };
  }
  const back = [...target.fields.values()].find(
    (f) => f.kind === 'object' && f.relationName === field.relationName && f.relationFromFields?.length && f !== field,
  );
  if (!back?.relationFromFields) throw new Error(`No foreign key for ${model.name}.${field.name}`);
  return { target: target.name, parentColumn: 'id', childColumn: back.relationFromFields[0], isList: field.isList };
}

/** A quoted SQL identifier. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

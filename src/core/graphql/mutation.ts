import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';

type Types = PothosSchemaTypes.ExtendDefaultTypes<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never>;
type ErrorClass = new (...args: never[]) => Error;
/** The field builder of a payload with fields of its own; annotate inline `fields` with it. */
export type PayloadFields<P> = PothosSchemaTypes.ObjectFieldBuilder<Types, P>;
type FieldMap<P> = ReturnType<NonNullable<PothosSchemaTypes.ObjectTypeOptions<Types, P>['fields']>>;

/** A payload holding one object under one field, e.g. `{ matter: Matter! }`. */
export interface ObjectPayload<Field extends string, Shape> {
  description: string;
  field: Field;
  type: ObjectRef<Types, Shape>;
  /** The field's description; defaults to "The <field>.". */
  fieldDescription?: string;
}

/** A payload with fields of its own (a token and a user, a count, a secret). */
export interface CustomPayload<Payload> {
  description: string;
  fields: (t: PayloadFields<Payload>) => FieldMap<Payload>;
}

export interface MutationOptions<Input, Payload> {
  description: string;
  /** The `input` argument's type; a mutation that needs nothing but the caller's session has none. */
  input?: InputObjectRef<Types, Input>;
  /** Typed errors besides validation, not-found and conflict. */
  errors?: ErrorClass[];
  /**
   * Who may call it besides writers (the default): `public` for sign-in and registration,
   * `signedIn` for what read-only users may do to their own account.
   */
  access?: 'public' | 'signedIn';
  resolve: (input: Input, ctx: Context) => Promise<Payload>;
}

const pascal = (name: string) => name[0].toUpperCase() + name.slice(1);

function payloadType(name: string, payload: CustomPayload<unknown> | ObjectPayload<string, unknown>): ObjectRef<Types, unknown> {
  const ref = builder.objectRef<unknown>(`${pascal(name)}Payload`);
  if ('fields' in payload) return ref.implement({ description: payload.description, fields: payload.fields } as never);
  const { field, type, fieldDescription } = payload;
  return ref.implement({
    description: payload.description,
    fields: (t) => ({
      [field]: t.field({
        type,
        description: fieldDescription ?? `The ${field}.`,
        resolve: (parent) => (parent as Record<string, unknown>)[field],
      }),
    }),
  });
}

/**
 * Declares `name(input: <Name>Input!): <Name>Result!` (or `name: <Name>Result!` without `input`), where the result is a union of
 * `<Name>Payload` (named after the mutation) and the typed errors, so every mutation has the same
 * shape. The payload holds one object (`{ field, type }`) or fields of its own (`{ fields }`).
 */
export function defineMutation<Input, Field extends string, Shape>(
  name: string,
  options: MutationOptions<Input, { [K in Field]: Shape }> & { payload: ObjectPayload<Field, Shape> },
): void;
export function defineMutation<Input, Payload>(
  name: string,
  options: MutationOptions<Input, Payload> & { payload: CustomPayload<Payload> },
): void;
export function defineMutation(
  name: string,
  options: MutationOptions<unknown, unknown> & { payload: CustomPayload<unknown> | ObjectPayload<string, unknown> },
): void {
  const payload = payloadType(name, options.payload);
  builder.mutationField(name, (t) =>
    t.field({
      description: options.description,
      type: payload,
      ...(options.access === 'public' ? { skipTypeScopes: true } : {}),
      ...(options.access === 'signedIn' ? { skipTypeScopes: true, authScopes: { authenticated: true } } : {}),
      args: options.input ? { input: t.arg({ type: options.input, required: true, description: 'What to do; see the input type.' }) } : {},
      errors: {
        types: [...MUTATION_ERRORS, ...(options.errors ?? [])],
        directResult: true,
        union: { name: `${pascal(name)}Result`, description: `The outcome of \`${name}\`: its payload or a typed error.` },
      },
      resolve: (_root: unknown, args: { input?: unknown }, ctx: Context) => options.resolve(args.input, ctx),
    } as never),
  );
}

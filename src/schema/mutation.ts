import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './error.ts';

type Types = PothosSchemaTypes.ExtendDefaultTypes<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never>;
type ErrorClass = new (...args: never[]) => Error;

export interface MutationOptions<Input, Payload> {
  description: string;
  input: InputObjectRef<Types, Input>;
  payload: ObjectRef<Types, Payload>;
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

/**
 * Declares `name(input: <Name>Input!): <Name>Result!`, where the result is a union of
 * `<Name>Payload` and the typed errors, so every mutation has the same shape.
 */
export function defineMutation<Input, Payload>(name: string, options: MutationOptions<Input, Payload>): void {
  builder.mutationField(name, (t) =>
    t.field({
      description: options.description,
      type: options.payload,
      ...(options.access === 'public' ? { skipTypeScopes: true } : {}),
      ...(options.access === 'signedIn' ? { skipTypeScopes: true, authScopes: { authenticated: true } } : {}),
      args: { input: t.arg({ type: options.input, required: true, description: 'What to do; see the input type.' }) },
      errors: {
        types: [...MUTATION_ERRORS, ...(options.errors ?? [])],
        directResult: true,
        union: { name: `${pascal(name)}Result`, description: `The outcome of \`${name}\`: its payload or a typed error.` },
      },
      resolve: (_root: unknown, args: { input: Input }, ctx: Context) => options.resolve(args.input, ctx),
    } as never),
  );
}

import { ConflictError, NotFoundError, RateLimitedError, ValidationError, type ValidationIssue } from '../errors.ts';
import { builder } from './builder.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a mutation, returned as data rather than thrown.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, fit to show a user.' }) }),
});

const FieldIssue = builder.objectRef<ValidationIssue>('FieldIssue').implement({
  description: 'One rule the input broke.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'The path of the input field inside `input`, e.g. ["email"].' }),
    message: t.exposeString('message', { description: 'Why the value was refused.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input broke one or more rules; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssue], description: 'Each field that was refused, and why.', resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist or is not visible to you; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({ entity: t.exposeString('entity', { description: 'The kind of object that was not found, e.g. "Matter".' }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The change conflicts with the current state (for example, the matter is already closed); nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'Too many attempts from this account or address (sign-in, registration, password resets); nothing was done.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds to wait before trying again.' }),
  }),
});

/** The typed errors most mutations can return. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ConflictError];

import { z } from 'zod';
import { ValidationError } from './errors.ts';

/** Parses service input with a zod schema, turning every failure into one {@link ValidationError}. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
}

/** Optional free text of at most `max` characters: trimmed, and an empty string or null clears it (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === '' ? null : v));

/**
 * A field of an update that cannot be cleared: omitted or null keeps the current value (undefined),
 * so GraphQL clients may send null for "unchanged".
 */
export const keep = <S extends z.ZodType>(schema: S) => schema.nullish().transform((v) => (v === null ? undefined : v));

/** The defined entries of an update, ready for Prisma's `data` (undefined means "leave as is"). */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import type { z } from 'zod';
import { ValidationError } from './errors.ts';

/** Parses service input with a zod schema, turning every failure into one {@link ValidationError}. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID; ids that are not are treated as missing rather than sent to SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

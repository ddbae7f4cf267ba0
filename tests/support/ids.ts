import { randomUUID } from 'node:crypto';

/** The global ID LexGraph gives a row: base64 of `<Type>:<uuid>`. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** The database id inside a global ID. */
export function localId(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':')[1];
}

/** A well-formed global ID of `type` that names no row. */
export function missingId(type: string): string {
  return globalId(type, randomUUID());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID; ids that are not are treated as missing rather than sent to SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The global ID of a row: base64 of "<Type>:<id>", as every `id` field returns it and `node(id:)` takes it. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

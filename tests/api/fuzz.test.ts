import { randomUUID } from 'node:crypto';
import {
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/schema.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { globalId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Values that have broken servers before: NUL characters, dates outside PostgreSQL's range, global
// ids of unknown or non-node types, numbers at the edges of their types, LIKE wildcards and escapes.
const CORPUS: Record<string, unknown[]> = {
  String: [
    '\u0000',
    'a\u0000b',
    '',
    ' ',
    '\\',
    '%_\\',
    'x\'; DROP TABLE "Matter"; --',
    '\ud800',
    '\u202eevil',
    '🙂'.repeat(300),
    'x'.repeat(20_000),
    '0000-01-01',
  ],
  ID: [
    globalId('Foo', randomUUID()),
    globalId('Invitation', randomUUID()),
    globalId('BackgroundJob', randomUUID()),
    globalId('Matter', 'not-a-uuid'),
    globalId('Matter', '00000000-0000-0000-0000-000000000000'),
    Buffer.from('Matter:').toString('base64'),
    'garbage',
    '',
    randomUUID(),
    '\u0000',
  ],
  DateTime: [
    '0000-01-01T00:00:00Z',
    '0000-01-01',
    '9999-12-31T23:59:59Z',
    '0001-01-01',
    '2026-02-30',
    '2026-13-01',
    '1970-01-01T00:00:00+14:00',
    'not a date',
  ],
  Int: [2_147_483_647, -2_147_483_648, 0, -1],
  Float: [1e308, -1e308, 0, -0.5],
  Boolean: [true, false],
  JSON: [{}, { a: '\u0000' }, [1, 2, 3]],
};

function base(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return depth > 3 ? [] : [base(inner.ofType, depth + 1)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, base(f.type, depth + 1)]));
  }
  if (isScalarType(inner)) {
    return {
      String: 'Fuzz value',
      ID: globalId('Matter', randomUUID()),
      DateTime: '2026-01-02T03:04:05Z',
      Int: 1,
      Float: 1,
      Boolean: false,
      JSON: {},
    }[inner.name];
  }
  return null;
}

/** Every leaf path of an input type (through lists and nested inputs), with the scalar it holds. */
function leaves(
  type: GraphQLInputType,
  path: (string | number)[] = [],
  depth = 0,
): { path: (string | number)[]; scalar: string; list: boolean }[] {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = getNamedType(inner);
    if (isScalarType(item)) return [{ path, scalar: item.name, list: true }];
    return depth > 3 ? [] : leaves(inner.ofType, [...path, 0], depth + 1);
  }
  if (isInputObjectType(inner)) {
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], depth + 1));
  }
  if (isScalarType(inner)) return [{ path, scalar: inner.name, list: false }];
  return [];
}

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = Array.isArray(target) ? [...target] : { ...(target as object) };
  const [head, ...rest] = path;
  (copy as Record<string | number, unknown>)[head] = setAt((target as Record<string | number, unknown>)?.[head], rest, value);
  return copy;
}

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer({ bodyLimit: 1_000_000 });
  await resetDatabase();
  firm = await createFirm(api, 'Fuzz');
  await createClient(api, firm.admin.token);
}, 60_000);
afterAll(() => api.close());

// Mutations on the caller's own account are sent as another user, so the admin's session lives through the run.
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((f) => f.args.some((a) => a.name === 'input'));

describe('every mutation input', () => {
  it('answers a corpus of hostile values with data or a clear error, never an internal error', async () => {
    const failures: string[] = [];
    let sent = 0;
    const cases: (() => Promise<void>)[] = [];
    for (const mutation of mutations) {
      const inputType = mutation.args.find((a) => a.name === 'input')?.type as GraphQLInputType;
      const typeName = getNamedType(inputType).name;
      const valid = base(inputType);
      const query = `mutation Fuzz($input: ${typeName}${isNonNullType(inputType) ? '!' : ''}) { ${mutation.name}(input: $input) { __typename } }`;
      for (const leaf of leaves(inputType)) {
        for (const value of CORPUS[leaf.scalar] ?? []) {
          const input = setAt(valid, leaf.path, leaf.list ? [value, value] : value);
          cases.push(async () => {
            const token = mutation.name === 'changePassword' || mutation.name === 'changeUserRole' ? firm.readOnly.token : firm.admin.token;
            const result = await api.gql(query, { input }, { token });
            sent += 1;
            const internal = result.status >= 500 && result.status !== 503;
            const masked = result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
            if (internal || masked)
              failures.push(
                `${mutation.name} ${leaf.path.join('.')} = ${JSON.stringify(value).slice(0, 40)}: ${result.status} ${JSON.stringify(result.errors)}`,
              );
          });
        }
      }
    }
    for (let i = 0; i < cases.length; i += 4) await Promise.all(cases.slice(i, i + 4).map((run) => run()));
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);
});

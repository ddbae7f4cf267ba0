import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../src/schema/schema.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run codegen` after changing the schema)', async () => {
    const committed = await readFile(join(process.cwd(), 'schema.graphql'), 'utf8');
    const current = printSdl();
    if (committed !== current) {
      // Name what differs, so a stale file is easy to diagnose.
      const changes = [
        ...findBreakingChanges(buildSchema(committed), buildSchema(current)),
        ...findDangerousChanges(buildSchema(committed), buildSchema(current)),
      ].map((c) => c.description);
      expect(changes, 'schema.graphql is stale: run `npm run codegen`').toEqual([]);
    }
    expect(committed).toBe(current);
  });
});

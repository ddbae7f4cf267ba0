import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../../src/domains/index.ts';
import { getDatamodel } from '../../src/generated/pothos-prisma-types.ts';

interface DocumentedPayload {
  version: number;
  events: string[];
  fields: string[];
}

/** The README's payload table: entity → version, events and fields, as partners read them. */
async function documentedPayloads(): Promise<Map<string, DocumentedPayload>> {
  const readme = await readFile(join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Event payloads'));
  const rows = section.split('\n').filter((line) => /^\| [A-Z]\w* \| \d+ \|/.test(line));
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return new Map(
    rows.map((row) => {
      const [entity, version, events, fields] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      return [entity, { version: Number(version), events: names(events), fields: names(fields) }];
    }),
  );
}

/** A row of `model` with every column it has today, and one it might gain tomorrow. */
function rowWithEveryColumn(model: string): Record<string, unknown> {
  const fields = getDatamodel().datamodel.models[model].fields.filter((f) => f.kind !== 'object');
  return {
    ...Object.fromEntries(fields.map((f) => [f.name, f.type === 'DateTime' ? new Date('2026-01-02T03:04:05.678Z') : `${f.name}-value`])),
    columnAddedLater: 'must not reach partners',
  };
}

describe('public event payloads', () => {
  it('hold exactly the fields the README documents for their entity, whatever columns the table has', async () => {
    const documented = await documentedPayloads();
    for (const event of domainRegistry.events) {
      const { entity } = event;
      const doc = documented.get(entity.type);
      expect(doc, `README documents the payload of ${entity.type}`).toBeDefined();
      expect(doc?.events, `README lists ${event.name} under ${entity.type}`).toContain(event.name);
      expect(entity.payload?.version).toBe(doc?.version);
      const payload = entity.payload?.serialize(rowWithEveryColumn(entity.model) as never) ?? {};
      expect(Object.keys(payload), `the payload of ${entity.type}`).toEqual(doc?.fields);
    }
  });

  it('are documented only for entities that have events, each event in the registry', async () => {
    const documented = await documentedPayloads();
    const registered = new Set(domainRegistry.eventTypes);
    for (const [entity, doc] of documented) {
      expect(
        domainRegistry.events.some((e) => e.entity.type === entity),
        `${entity} has events`,
      ).toBe(true);
      for (const name of doc.events) expect(registered.has(name), `${name} is a registered event`).toBe(true);
    }
  });

  it('write dates as ISO 8601 strings and missing values as null', () => {
    const [event] = domainRegistry.events.filter((e) => e.entity.type === 'Matter');
    const payload = event.entity.payload?.serialize({ ...rowWithEveryColumn('Matter'), closedAt: null } as never);
    expect(payload).toMatchObject({ openedAt: '2026-01-02T03:04:05.678Z', closedAt: null });
  });
});

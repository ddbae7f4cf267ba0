import DataLoader from 'dataloader';
import type { Viewer } from '../context.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Client, Matter, MatterMember, User } from '../generated/prisma/client.ts';
import { visibleMatterWhere } from '../resolvers/access.ts';

export interface Loaders {
  user: DataLoader<string, User | null>;
  client: DataLoader<string, Client | null>;
  /** Only matters the viewer may see; others load as null. */
  visibleMatter: DataLoader<string, Matter | null>;
  /** Only members of matters the viewer may see. */
  visibleMatterMember: DataLoader<string, MatterMember | null>;
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/**
 * Per-request loaders that batch look-ups by id into one query per kind, always scoped to the
 * viewer's firm (and, for matters, to what the viewer may see). Without a viewer they load nothing.
 */
export function createLoaders(prisma: PrismaClient, viewer: Viewer | null): Loaders {
  const firmId = viewer?.firmId ?? '00000000-0000-0000-0000-000000000000';
  return {
    user: byId((ids) => prisma.user.findMany({ where: { id: { in: ids }, firmId } })),
    client: byId((ids) => prisma.client.findMany({ where: { id: { in: ids }, firmId } })),
    visibleMatter: byId((ids) =>
      viewer ? prisma.matter.findMany({ where: { AND: [{ id: { in: ids } }, visibleMatterWhere(viewer)] } }) : Promise.resolve([]),
    ),
    visibleMatterMember: byId((ids) =>
      viewer ? prisma.matterMember.findMany({ where: { id: { in: ids }, matter: visibleMatterWhere(viewer) } }) : Promise.resolve([]),
    ),
  };
}

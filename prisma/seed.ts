import { hashPassword } from '../src/auth/password.ts';
import { loadConfig } from '../src/config.ts';
import type { PrismaClient } from '../src/db/client.ts';
import type { ClientKind, MatterMemberRole, MatterStatus, Role } from '../src/generated/prisma/enums.ts';
import { storageSettings } from '../src/storage/settings.ts';
import { seedBilling } from './seed/billing.ts';
import { seedCalendar } from './seed/calendar.ts';
import { seedDocuments } from './seed/documents.ts';

export const DEMO_LOGIN = { email: 'admin@demo.law', password: 'lexgraph-demo' } as const;

const STAFF: { name: string; email: string; role: Role }[] = [
  { name: 'Alex Morgan', email: DEMO_LOGIN.email, role: 'ADMIN' },
  { name: 'Priya Raman', email: 'priya.raman@demo.law', role: 'ATTORNEY' },
  { name: 'Daniel Okafor', email: 'daniel.okafor@demo.law', role: 'ATTORNEY' },
  { name: 'Sofia Lindqvist', email: 'sofia.lindqvist@demo.law', role: 'ATTORNEY' },
  { name: 'Marcus Chen', email: 'marcus.chen@demo.law', role: 'PARALEGAL' },
  { name: 'Hannah Becker', email: 'hannah.becker@demo.law', role: 'PARALEGAL' },
  { name: 'Tom Alvarez', email: 'tom.alvarez@demo.law', role: 'BILLING' },
  { name: 'Grace Kim', email: 'grace.kim@demo.law', role: 'READ_ONLY' },
];

const CLIENTS: [string, ClientKind][] = [
  ['Northwind Traders Inc.', 'ORGANIZATION'],
  ['Harbor Point Logistics LLC', 'ORGANIZATION'],
  ['Maria Gonzalez', 'PERSON'],
  ['Blue Ridge Medical Group', 'ORGANIZATION'],
  ["James O'Connell", 'PERSON'],
  ['Cedar & Stone Architects', 'ORGANIZATION'],
  ['Evergreen Credit Union', 'ORGANIZATION'],
  ['Aisha Bello', 'PERSON'],
  ['Summit Software GmbH', 'ORGANIZATION'],
  ['Lakeside Property Holdings', 'ORGANIZATION'],
  ['Robert Nguyen', 'PERSON'],
  ['Orchard Foods Cooperative', 'ORGANIZATION'],
  ['Elena Petrova', 'PERSON'],
  ['Redwood Energy Partners', 'ORGANIZATION'],
  ['City of Millbrook', 'ORGANIZATION'],
  ['William Hart', 'PERSON'],
  ['Atlas Manufacturing Co.', 'ORGANIZATION'],
  ['Chloe Dubois', 'PERSON'],
  ['Meridian Health Trust', 'ORGANIZATION'],
  ['Kenji Watanabe', 'PERSON'],
];

const MATTER_KINDS: Record<ClientKind, [string, string][]> = {
  ORGANIZATION: [
    ['Litigation', 'Breach of supply contract'],
    ['Employment', 'Wrongful termination defense'],
    ['Real Estate', 'Commercial lease negotiation'],
    ['Corporate', 'Series B financing'],
    ['Intellectual Property', 'Trademark opposition'],
    ['Regulatory', 'Licensing compliance review'],
    ['Litigation', 'Product liability defense'],
    ['Corporate', 'Asset purchase agreement'],
  ],
  PERSON: [
    ['Family', 'Custody arrangement'],
    ['Estate Planning', 'Trust administration'],
    ['Personal Injury', 'Motor vehicle accident claim'],
    ['Real Estate', 'Residential purchase'],
    ['Employment', 'Severance negotiation'],
  ],
};

/** A small deterministic generator, so every fresh demo database looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Seeds the development demo firm: 8 staff (sign in as admin@demo.law / lexgraph-demo), 20
 * clients and 50 matters with teams. Development data only; never run in production.
 */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  await prisma.$transaction(
    async (tx) => {
      const firm = await tx.firm.create({ data: { name: 'Morgan Raman & Okafor LLP' } });
      const users = [];
      for (const person of STAFF) users.push(await tx.user.create({ data: { ...person, firmId: firm.id, passwordHash } }));
      const attorneys = users.filter((u) => u.role === 'ATTORNEY');
      const team = users.filter((u) => u.role !== 'ADMIN');
      const clients = [];
      for (const [name, kind] of CLIENTS) {
        const slug = name
          .toLowerCase()
          .replace(/[^a-z]+/g, '.')
          .replace(/^\.|\.$/g, '');
        clients.push(
          await tx.client.create({
            data: {
              firmId: firm.id,
              name,
              kind,
              email: `contact@${slug}.example`,
              phone: `+1 555 01${String(clients.length).padStart(2, '0')}`,
            },
          }),
        );
      }
      for (let i = 1; i <= 50; i += 1) {
        const client = clients[(i - 1) % clients.length];
        const [practiceArea, subject] = pick(MATTER_KINDS[client.kind]);
        const openedAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 680) * 86_400_000);
        const status: MatterStatus = i % 7 === 0 ? 'CLOSED' : i % 5 === 0 ? 'PENDING' : 'OPEN';
        const lead = pick(attorneys);
        const members = new Map<string, MatterMemberRole>([[lead.id, 'LEAD']]);
        for (let k = 0; k < 2; k += 1) {
          const member = pick(team);
          if (!members.has(member.id))
            members.set(
              member.id,
              member.role === 'PARALEGAL'
                ? 'PARALEGAL'
                : member.role === 'BILLING'
                  ? 'BILLING'
                  : member.role === 'READ_ONLY'
                    ? 'OBSERVER'
                    : 'ATTORNEY',
            );
        }
        await tx.matter.create({
          data: {
            firmId: firm.id,
            clientId: client.id,
            number: `${openedAt.getUTCFullYear()}-${String(i).padStart(4, '0')}`,
            title: `${client.name.replace(/ (Inc\.|LLC|GmbH|Co\.)$/, '')}: ${subject}`,
            practiceArea,
            status,
            openedAt,
            closedAt: status === 'CLOSED' ? new Date(openedAt.getTime() + 90 * 86_400_000) : null,
            responsibleAttorneyId: lead.id,
            members: { create: [...members].map(([userId, role]) => ({ firmId: firm.id, userId, role })) },
          },
        });
      }
      await tx.firm.update({ where: { id: firm.id }, data: { matterSequence: 50 } });
      await seedBilling(tx, firm.id);
    },
    { timeout: 60_000 },
  );
  await seedCalendar(
    prisma,
    (await prisma.firm.findFirstOrThrow({ where: { name: 'Morgan Raman & Okafor LLP' }, orderBy: { createdAt: 'desc' } })).id,
  );
  await seedDocuments(prisma, storageSettings(loadConfig()));
}

import type { PrismaClient } from '../../src/db/client.ts';
import type { PartyKind, PartyRole, TaskPriority, TaskStatus } from '../../src/generated/prisma/enums.ts';

// Near-duplicates of the demo clients and of each other, so conflictCheck has something to find
// ("Northwind Traders" for "Northwind Trading Inc.", "Müller" for "Mueller"/"Muller").
const PARTIES: [string, PartyKind, PartyRole, string[]][] = [
  ['Northwind Trading Inc.', 'ORGANIZATION', 'DEFENDANT', []],
  ['Harbour Point Logistics Ltd', 'ORGANIZATION', 'PLAINTIFF', ['Harbor Point']],
  ['Müller Maschinenbau GmbH', 'ORGANIZATION', 'DEFENDANT', ['Muller Machines']],
  ['Mueller Machine Works Corp.', 'ORGANIZATION', 'RESPONDENT', []],
  ['Atlas Manufacturing Company', 'ORGANIZATION', 'PLAINTIFF', []],
  ['Hon. Patricia Delgado', 'PERSON', 'JUDGE', []],
  ['Jonathan Reyes', 'PERSON', 'WITNESS', ['Jon Reyes']],
  ['Dr. Amelia Stone', 'PERSON', 'EXPERT', []],
  ['Blackwell & Finch LLP', 'ORGANIZATION', 'OPPOSING_COUNSEL', []],
  ['Redwood Energy Partners, L.P.', 'ORGANIZATION', 'PETITIONER', []],
];

const DOCKET = [
  'Complaint filed',
  'Summons issued',
  'Answer and affirmative defenses',
  'Motion to dismiss',
  'Scheduling order',
  'Order on motion to dismiss',
];

const NOTES = [
  '## Strategy\nPush for early mediation; the **supply contract** caps damages.',
  'Client prefers settlement before discovery. Confirm budget with finance.',
  'Opposing counsel is slow to answer emails: follow up by phone.',
];

const TASKS: [string, TaskPriority, TaskStatus][] = [
  ['Draft initial disclosures', 'HIGH', 'TODO'],
  ['Review opposing brief', 'NORMAL', 'IN_PROGRESS'],
  ['Prepare witness outline', 'URGENT', 'TODO'],
  ['Send engagement letter', 'LOW', 'DONE'],
];

const day = 86_400_000;

/**
 * The demo firm's matter record: parties (near-duplicate names included, with their counsel),
 * docket entries, notes and tasks on its first 10 litigation-style matters. Development data only.
 */
export async function seedCasesRecord(prisma: PrismaClient): Promise<void> {
  const firm = await prisma.firm.findFirstOrThrow({ where: { name: 'Morgan Raman & Okafor LLP' } });
  const matters = await prisma.matter.findMany({
    where: { firmId: firm.id },
    orderBy: { number: 'asc' },
    take: 10,
    include: { members: true },
  });
  const admin = await prisma.user.findFirstOrThrow({ where: { firmId: firm.id, role: 'ADMIN' } });
  for (const [i, matter] of matters.entries()) {
    const counsel = await prisma.party.create({
      data: {
        firmId: firm.id,
        matterId: matter.id,
        name: PARTIES[8][0],
        kind: 'ORGANIZATION',
        role: 'OPPOSING_COUNSEL',
        email: 'docket@blackwell-finch.example',
      },
    });
    for (const [name, kind, role, aliases] of [PARTIES[i % 8], PARTIES[(i + 3) % 8]]) {
      const adverse = role !== 'JUDGE' && role !== 'WITNESS' && role !== 'EXPERT';
      await prisma.party.create({
        data: { firmId: firm.id, matterId: matter.id, name, kind, role, aliases, representedById: adverse ? counsel.id : null },
      });
    }
    for (const [n, description] of DOCKET.slice(0, 2 + (i % 5)).entries()) {
      await prisma.docketEntry.create({
        data: {
          firmId: firm.id,
          matterId: matter.id,
          number: n + 1,
          filedAt: new Date(matter.openedAt.getTime() + (n * 21 + 7) * day),
          description,
          filedBy: n % 2 === 0 ? 'Plaintiff' : 'Court',
        },
      });
    }
    const author = matter.responsibleAttorneyId ?? admin.id;
    await prisma.note.create({
      data: { firmId: firm.id, matterId: matter.id, authorId: author, body: NOTES[i % NOTES.length], pinned: i % 3 === 0 },
    });
    const [title, priority, status] = TASKS[i % TASKS.length];
    const assigneeId = matter.members[i % matter.members.length]?.userId ?? author;
    await prisma.task.create({
      data: {
        firmId: firm.id,
        matterId: matter.id,
        title,
        priority,
        status,
        assigneeId,
        dueDate: new Date(Date.UTC(2026, 11, 10 + i)),
        completedAt: status === 'DONE' ? new Date() : null,
      },
    });
  }
}

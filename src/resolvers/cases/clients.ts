import { z } from 'zod';
import { requireRole, requireViewer, WRITERS } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { keysetStart } from '../../core/keyset.ts';
import { definedOnly, keep, optionalText, parseInput } from '../../core/validation.ts';
import type { Client, Prisma } from '../../generated/prisma/client.ts';
import { ClientKind } from '../../generated/prisma/enums.ts';
import { clientCreated, clientUpdated } from './cases.events.ts';

const Name = z.string().trim().min(1, 'Name is required').max(300, 'Name must be at most 300 characters');
const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }))
  .nullish();

const CreateClientInput = z.object({
  name: Name,
  kind: z.enum(ClientKind),
  email: Email,
  phone: optionalText(50),
  address: optionalText(1000),
  notes: optionalText(10_000),
});

const UpdateClientInput = z.object({
  id: z.string(),
  name: keep(Name),
  kind: keep(z.enum(ClientKind)),
  email: Email,
  phone: optionalText(50).optional(),
  address: optionalText(1000).optional(),
  notes: optionalText(10_000).optional(),
});

export const CLIENT_ORDER_FIELDS = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export interface ClientListInput {
  filter?: { kind?: ClientKind | null; search?: string | null } | null;
  orderBy?: { field: keyof typeof CLIENT_ORDER_FIELDS; direction: 'ASC' | 'DESC' } | null;
}

function clientWhere(ctx: Context, input: ClientListInput): Prisma.ClientWhereInput {
  const viewer = requireViewer(ctx);
  const search = input.filter?.search?.trim();
  return {
    firmId: viewer.firmId,
    ...(input.filter?.kind ? { kind: input.filter.kind } : {}),
    ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }] } : {}),
  };
}

/**
 * The firm's clients in a stable keyset order (the chosen field, then id); defaults to name
 * ascending. Every staff member sees every client: conflict checks need the whole list.
 */
export async function listClients(ctx: Context, input: ClientListInput, page: Prisma.ClientFindManyArgs): Promise<Client[]> {
  const field = CLIENT_ORDER_FIELDS[input.orderBy?.field ?? 'NAME'];
  const direction = input.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
  const firmId = requireViewer(ctx).firmId;
  const start = await keysetStart(page, field, direction, async (id) => {
    const cursor = await ctx.prisma.client.findFirst({ where: { id, firmId }, select: { name: true, createdAt: true, updatedAt: true } });
    return cursor?.[field];
  });
  if (!start) return [];
  return ctx.prisma.client.findMany({
    ...page,
    where: { AND: [clientWhere(ctx, input), start] },
    orderBy: [{ [field]: direction }, { id: direction }],
  });
}

export function countClients(ctx: Context, input: ClientListInput): Promise<number> {
  return ctx.prisma.client.count({ where: clientWhere(ctx, input) });
}

/** Adds a client to the viewer's firm; every role but READ_ONLY may. */
export async function createClient(ctx: Context, input: z.input<typeof CreateClientInput>): Promise<Client> {
  requireRole(ctx, WRITERS);
  const data = parseInput(CreateClientInput, input);
  return change(ctx, async (w) => {
    const client = await w.tx.client.create({ data: { ...data, firmId: w.firmId } });
    await w.record(clientCreated, { after: client });
    return client;
  });
}

/**
 * Changes the given fields of a client: omitted fields keep their values, null clears the optional
 * ones (email, phone, address, notes) and keeps the others.
 */
export async function updateClient(ctx: Context, input: z.input<typeof UpdateClientInput>): Promise<Client> {
  requireRole(ctx, WRITERS);
  const { id, ...changes } = parseInput(UpdateClientInput, input);
  return change(ctx, async (w) => {
    const before = isUuid(id) ? await w.tx.client.findFirst({ where: { id, firmId: w.firmId } }) : null;
    if (!before) throw new NotFoundError('Client');
    const client = await w.tx.client.update({ where: { id }, data: definedOnly(changes) });
    await w.record(clientUpdated, { before, after: client });
    return client;
  });
}

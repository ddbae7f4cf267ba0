import { z } from 'zod';
import type { Context } from '../context.ts';
import type { Client, Prisma } from '../generated/prisma/client.ts';
import { ClientKind } from '../generated/prisma/enums.ts';
import { requireRole, requireViewer, WRITERS } from './access.ts';
import { recordAudit } from './audit.ts';
import { emitEvent } from './domain-events.ts';
import { NotFoundError } from './errors.ts';
import { keysetStart } from './keyset.ts';
import { transaction } from './transaction.ts';
import { isUuid, parseInput } from './validation.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullish();

const ClientFields = {
  name: z.string().trim().min(1, 'Name is required').max(300, 'Name must be at most 300 characters'),
  kind: z.enum(ClientKind),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address' }))
    .nullish(),
  phone: optionalText(50),
  address: optionalText(1000),
  notes: optionalText(10_000),
};

const CreateClientInput = z.object(ClientFields);
const UpdateClientInput = z.object({ id: z.string(), ...z.object(ClientFields).partial().shape });

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
  const viewer = requireRole(ctx, WRITERS);
  const data = parseInput(CreateClientInput, input);
  return transaction(ctx, async (tx, change) => {
    const client = await tx.client.create({ data: { ...data, firmId: viewer.firmId } });
    await recordAudit(tx, ctx, viewer.firmId, { action: 'client.created', entityType: 'Client', entityId: client.id, after: client });
    await emitEvent(change, ctx, viewer.firmId, { type: 'client.created', entityType: 'Client', entityId: client.id, payload: client });
    return client;
  });
}

/** Changes the given fields of a client; omitted fields keep their values, null clears optional ones. */
export async function updateClient(ctx: Context, input: z.input<typeof UpdateClientInput>): Promise<Client> {
  const viewer = requireRole(ctx, WRITERS);
  const { id, ...changes } = parseInput(UpdateClientInput, input);
  return transaction(ctx, async (tx, change) => {
    const before = isUuid(id) ? await tx.client.findFirst({ where: { id, firmId: viewer.firmId } }) : null;
    if (!before) throw new NotFoundError('Client');
    const data = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const client = await tx.client.update({ where: { id }, data });
    await recordAudit(tx, ctx, viewer.firmId, { action: 'client.updated', entityType: 'Client', entityId: id, before, after: client });
    await emitEvent(change, ctx, viewer.firmId, { type: 'client.updated', entityType: 'Client', entityId: id, payload: client });
    return client;
  });
}

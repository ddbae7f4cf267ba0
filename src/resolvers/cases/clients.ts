import { z } from 'zod';
import { requireRole, WRITERS } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { definedOnly, keep, optionalText, parseInput } from '../../core/validation.ts';
import type { Client, Prisma } from '../../generated/prisma/client.ts';
import { ClientKind } from '../../generated/prisma/enums.ts';
import { ClientEntity } from './cases.entities.ts';
import { clientCreated, clientUpdated } from './cases.events.ts';

const Name = z.string().trim().min(1, 'Name is required').max(300, 'Name must be at most 300 characters');
const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }))
  .nullish();

const FormerNames = z.array(Name).max(20, 'At most 20 former names');

const CreateClientInput = z.object({
  name: Name,
  formerNames: FormerNames.nullish(),
  kind: z.enum(ClientKind),
  email: Email,
  phone: optionalText(50),
  address: optionalText(1000),
  notes: optionalText(10_000),
});

const UpdateClientInput = z.object({
  id: z.string(),
  name: keep(Name),
  formerNames: keep(FormerNames),
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

/**
 * The firm's clients, by name unless `orderBy` says otherwise. Every staff member sees every
 * client: conflict checks need the whole list.
 */
export const clientList = defineList<ClientListInput, keyof typeof CLIENT_ORDER_FIELDS>({
  entity: ClientEntity,
  orders: CLIENT_ORDER_FIELDS,
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  where: ({ filter }): Prisma.ClientWhereInput => {
    const search = filter?.search?.trim();
    return {
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(search
        ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }] }
        : {}),
    };
  },
});

/** Adds a client to the viewer's firm; every role but READ_ONLY may. */
export async function createClient(ctx: Context, input: z.input<typeof CreateClientInput>): Promise<Client> {
  requireRole(ctx, WRITERS);
  const data = parseInput(CreateClientInput, input);
  return change(ctx, async (w) => {
    const client = await w.tx.client.create({ data: { ...data, formerNames: data.formerNames ?? [], firmId: w.firmId } });
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

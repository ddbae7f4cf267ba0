import { z } from 'zod';
import { ADMINS, NOTHING, requireRole } from '../../../core/access.ts';
import { change } from '../../../core/change.ts';
import type { Context } from '../../../core/context.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { isUuid } from '../../../core/ids.ts';
import { defineList } from '../../../core/lists.ts';
import { parseInput } from '../../../core/validation.ts';
import type { PrismaClient, Tx } from '../../../db/client.ts';
import type { FirmHoliday, Prisma } from '../../../generated/prisma/client.ts';
import { FirmHolidayEntity } from './calendar.entities.ts';
import { firmHolidayAdded, firmHolidayRemoved } from './calendar.events.ts';
import { IsoDateText } from './calendar-input.ts';
import { isoDateOf } from './calendar-time.ts';
import type { IsoDate } from './court-days.ts';

export interface FirmHolidayListInput {
  from?: string | null;
  to?: string | null;
}

const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
const dateOrNothing = (d: string | null | undefined, where: (d: Date) => object) =>
  d ? (IsoDateText.safeParse(d).success ? where(asDate(d)) : NOTHING) : {};

/** The firm's holidays in date order, optionally only those from `from` to `to` (both included; a malformed date matches none). */
export const firmHolidayList = defineList<FirmHolidayListInput, 'DATE'>({
  entity: FirmHolidayEntity,
  orders: { DATE: 'date' },
  defaultOrder: { field: 'DATE', direction: 'ASC' },
  where: (input): Prisma.FirmHolidayWhereInput => ({
    AND: [dateOrNothing(input.from, (gte) => ({ date: { gte } })), dateOrNothing(input.to, (lte) => ({ date: { lte } }))],
  }),
});

/** The firm's holidays between two dates (both included), as "YYYY-MM-DD". */
export async function holidaysBetween(db: Tx | PrismaClient, firmId: string, from: IsoDate, to: IsoDate): Promise<Set<IsoDate>> {
  const [gte, lte] = from <= to ? [from, to] : [to, from];
  const rows = await db.firmHoliday.findMany({ where: { firmId, date: { gte: asDate(gte), lte: asDate(lte) } }, select: { date: true } });
  return new Set(rows.map((r) => isoDateOf(r.date)));
}

const AddHolidayInput = z.object({
  date: IsoDateText,
  name: z.string().trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters'),
});

/** Adds a day the firm's courts are closed; court-day deadlines computed afterwards skip it. Admins only. */
export async function addFirmHoliday(ctx: Context, input: z.input<typeof AddHolidayInput>): Promise<FirmHoliday> {
  requireRole(ctx, ADMINS);
  const data = parseInput(AddHolidayInput, input);
  return change(ctx, async (w) => {
    const taken = await w.tx.firmHoliday.findUnique({ where: { firmId_date: { firmId: w.firmId, date: asDate(data.date) } } });
    if (taken) throw ValidationError.field('date', `${data.date} is already a holiday (${taken.name})`);
    const holiday = await w.tx.firmHoliday.create({ data: { firmId: w.firmId, date: asDate(data.date), name: data.name } });
    await w.record(firmHolidayAdded, { after: holiday });
    return holiday;
  });
}

/** Removes a firm holiday; deadlines already computed keep their dates. Admins only. */
export async function removeFirmHoliday(ctx: Context, input: { id: string }): Promise<FirmHoliday> {
  requireRole(ctx, ADMINS);
  return change(ctx, async (w) => {
    const holiday = isUuid(input.id) ? await w.tx.firmHoliday.findFirst({ where: { id: input.id, firmId: w.firmId } }) : null;
    if (!holiday) throw new NotFoundError('FirmHoliday');
    await w.tx.firmHoliday.delete({ where: { id: holiday.id } });
    await w.record(firmHolidayRemoved, { before: holiday });
    return holiday;
  });
}

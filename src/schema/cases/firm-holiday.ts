import { ValidationError } from '../../core/errors.ts';
import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { FirmHolidayEntity } from '../../resolvers/cases/calendar/calendar.entities.ts';
import type { DeadlineResult } from '../../resolvers/cases/calendar/court-days.ts';
import { computeDeadline } from '../../resolvers/cases/calendar/deadlines.ts';
import { addFirmHoliday, type FirmHolidayListInput, firmHolidayList, removeFirmHoliday } from '../../resolvers/cases/calendar/holidays.ts';
import { DeadlineRuleEnum } from './calendar-event.ts';

export const FirmHolidayRef = builder.prismaNode('FirmHoliday', {
  ...firmNode(FirmHolidayEntity),
  description: "A day the firm's courts and offices are closed; court-day deadlines skip it.",
  fields: (t) => ({
    date: t.expose('date', { type: 'DateTime', description: 'The day, as midnight UTC.' }),
    name: t.exposeString('name', { description: 'What the day is, e.g. "Independence Day".' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
  }),
});

builder.queryField('firmHolidays', (t) =>
  t.prismaConnection(
    {
      type: 'FirmHoliday',
      cursor: 'id',
      description: "The firm's holidays in date order. At most 100 a page.",
      args: {
        from: t.arg.string({ description: 'Only holidays on or after this date ("YYYY-MM-DD").' }),
        to: t.arg.string({ description: 'Only holidays on or before this date ("YYYY-MM-DD").' }),
      },
      ...listConnection(firmHolidayList, (args: FirmHolidayListInput) => args),
    },
    { name: 'FirmHolidayConnection', description: 'A page of firm holidays.' },
    { name: 'FirmHolidayEdge', description: 'A firm holiday in a page.' },
  ),
);

const AddFirmHolidayInput = builder.inputType('AddFirmHolidayInput', {
  description: "A day to add to the firm's holidays.",
  fields: (t) => ({
    date: t.string({ required: true, description: 'The day ("YYYY-MM-DD"); one holiday per day.' }),
    name: t.string({ required: true, description: 'What the day is.' }),
  }),
});

defineMutation('addFirmHoliday', {
  description: 'Adds a firm holiday; deadlines computed afterwards skip it. Admins only.',
  input: AddFirmHolidayInput,
  payload: { description: 'The holiday added by `addFirmHoliday`.', field: 'firmHoliday', type: FirmHolidayRef },
  resolve: async (input, ctx) => ({ firmHoliday: await addFirmHoliday(ctx, input) }),
});

const RemoveFirmHolidayInput = builder.inputType('RemoveFirmHolidayInput', {
  description: 'The firm holiday to remove.',
  fields: (t) => ({ id: t.globalID({ required: true, for: FirmHolidayRef, description: 'The holiday.' }) }),
});

defineMutation('removeFirmHoliday', {
  description: 'Removes a firm holiday; deadlines already on the calendar keep their dates. Admins only.',
  input: RemoveFirmHolidayInput,
  payload: { description: 'The holiday removed by `removeFirmHoliday`, as it was.', field: 'firmHoliday', type: FirmHolidayRef },
  resolve: async (input, ctx) => ({ firmHoliday: await removeFirmHoliday(ctx, { id: input.id.id }) }),
});

export const DeadlineComputationRef = builder.objectRef<DeadlineResult>('DeadlineComputation').implement({
  description: 'A counted deadline: its date and the days passed over on the way.',
  fields: (t) => ({
    dueDate: t.exposeString('dueDate', { description: 'The due date ("YYYY-MM-DD"), always a court day.' }),
    skippedDates: t.exposeStringList('skipped', {
      description: 'Weekend days and firm holidays not counted (court days) or rolled past, in the order met.',
    }),
    rolled: t.exposeBoolean('rolled', { description: 'The period ended on a weekend or holiday and moved to the next court day.' }),
  }),
});

builder.queryField('computeDeadline', (t) =>
  t.field({
    type: DeadlineComputationRef,
    description:
      "Counts `days` from `triggerDate` by `rule` with your firm's holidays, FRCP 6(a) style: the trigger day is excluded, and a period ending on a weekend or holiday runs to the next court day.",
    args: {
      triggerDate: t.arg.string({ required: true, description: 'The date the period runs from ("YYYY-MM-DD").' }),
      days: t.arg.int({ required: true, description: 'Days in the period; negative counts backwards (to the previous court day).' }),
      rule: t.arg({ type: DeadlineRuleEnum, required: true, description: 'How the days are counted.' }),
    },
    errors: {
      types: [ValidationError],
      directResult: true,
      union: { name: 'ComputeDeadlineResult', description: 'The outcome of `computeDeadline`: the computation or a validation error.' },
    },
    resolve: (_root, args, ctx) => computeDeadline(ctx, args),
  }),
);

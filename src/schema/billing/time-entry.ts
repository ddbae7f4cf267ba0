import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { moneyField } from '../../core/graphql/money.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import type { BillableStatus } from '../../generated/prisma/enums.ts';
import { TimeEntryEntity } from '../../resolvers/billing/billing.entities.ts';
import {
  approveTimeEntries,
  createTimeEntry,
  submitTimeEntries,
  timeEntryList,
  updateTimeEntry,
  writeOffTimeEntries,
} from '../../resolvers/billing/time-entries.ts';
import { runningTimer, startTimer, stopTimer } from '../../resolvers/billing/timers.ts';
import { MatterRef } from '../cases/index.ts';
import { UserRef } from '../identity/index.ts';
import { BillableStatusEnum } from './enums.ts';

export const TimeEntryRef = builder.prismaNode('TimeEntry', {
  ...firmNode(TimeEntryEntity),
  description: 'Time a timekeeper spent on a matter, priced at the rate in force on its day (frozen on the entry).',
  fields: (t) => ({
    date: t.expose('date', { type: 'DateTime', description: 'The day the work was done.' }),
    minutes: t.exposeInt('minutes', { description: 'Minutes worked (0 while a timer runs).' }),
    billedMinutes: t.exposeInt('billedMinutes', { description: 'Minutes rounded up to the billing increment: what is charged.' }),
    hours: t.string({
      description: 'Billed hours as a decimal string with two decimals, e.g. "0.70".',
      resolve: (e) => (e.billedMinutes / 60).toFixed(2),
    }),
    rate: moneyField(t, 'rateMinor', 'The hourly rate frozen on the entry.'),
    amount: moneyField(t, 'amountMinor', 'Billed hours × rate, half-up to the cent.'),
    taskCode: t.exposeString('taskCode', { nullable: true, description: 'UTBMS task code, e.g. "L110".' }),
    activityCode: t.exposeString('activityCode', { nullable: true, description: 'UTBMS activity code, e.g. "A101".' }),
    narrative: t.exposeString('narrative', { description: 'What was done.' }),
    billable: t.exposeBoolean('billable', { description: 'Whether it is billed to the client.' }),
    status: t.expose('status', { type: BillableStatusEnum, description: 'Draft, submitted, approved, billed or written off.' }),
    timerStartedAt: t.expose('timerStartedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its timer started, while it runs; null otherwise.',
    }),
    matter: t.relation('matter', { description: 'The matter.' }),
    timekeeper: t.relation('timekeeper', { description: 'Who did the work.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const TimeEntryFilter = builder.inputType('TimeEntryFilter', {
  description: 'Narrows the time entry list.',
  fields: (t) => ({
    matterId: t.globalID({ for: MatterRef, description: 'Only this matter.' }),
    timekeeperId: t.globalID({ for: UserRef, description: 'Only this timekeeper.' }),
    status: t.field({ type: BillableStatusEnum, description: 'Only this status.' }),
  }),
});

interface TimeEntryFilterArgs {
  matterId?: { id: string } | null;
  timekeeperId?: { id: string } | null;
  status?: BillableStatus | null;
}

builder.queryField('timeEntries', (t) =>
  t.prismaConnection(
    {
      type: 'TimeEntry',
      cursor: 'id',
      description:
        "Time entries you may see (billing staff and read-only: all; others: their own and their matters'), latest day first. At most 100 a page.",
      args: { filter: t.arg({ type: TimeEntryFilter, description: 'Only the entries that match every condition given.' }) },
      ...listConnection(timeEntryList, ({ filter }: { filter?: TimeEntryFilterArgs | null }) => ({
        filter: filter && { status: filter.status, matterId: filter.matterId?.id, timekeeperId: filter.timekeeperId?.id },
      })),
    },
    { name: 'TimeEntryConnection', description: 'A page of time entries.' },
    { name: 'TimeEntryEdge', description: 'A time entry in a page.' },
  ),
);

builder.queryField('runningTimer', (t) =>
  t.field({
    type: TimeEntryRef,
    nullable: true,
    description: 'Your running timer, or null (it survives reconnects: it is kept on the server).',
    resolve: (_root, _args, ctx) => runningTimer(ctx),
  }),
);

const CreateTimeEntryInput = builder.inputType('CreateTimeEntryInput', {
  description: 'Time to record.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    date: t.field({ type: 'DateTime', required: true, description: 'The day of the work (the date part counts).' }),
    minutes: t.int({ required: true, description: 'Minutes worked (1-1440); billed rounded up to the firm increment.' }),
    narrative: t.string({ required: true, description: 'What was done.' }),
    taskCode: t.string({ description: 'UTBMS task code, e.g. "L110".' }),
    activityCode: t.string({ description: 'UTBMS activity code, e.g. "A101".' }),
    billable: t.boolean({ description: 'Billed to the client; defaults to true.' }),
    timekeeperId: t.globalID({ for: UserRef, description: 'Who did the work; defaults to you (others: billing staff only).' }),
  }),
});

defineMutation('createTimeEntry', {
  description: 'Records time on a matter as a DRAFT entry. Admins, attorneys, paralegals and billing staff.',
  input: CreateTimeEntryInput,
  payload: { description: 'The entry created by `createTimeEntry`.', field: 'timeEntry', type: TimeEntryRef },
  resolve: async (input, ctx) => ({
    timeEntry: await createTimeEntry(ctx, { ...input, matterId: input.matterId.id, timekeeperId: input.timekeeperId?.id }),
  }),
});

const UpdateTimeEntryInput = builder.inputType('UpdateTimeEntryInput', {
  description: 'Changes to an unapproved time entry; omitted fields keep their values.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: TimeEntryRef, description: 'The entry.' }),
    minutes: t.int({ description: 'Minutes worked (1-1440).' }),
    narrative: t.string({ description: 'What was done.' }),
    taskCode: t.string({ description: 'UTBMS task code.' }),
    activityCode: t.string({ description: 'UTBMS activity code.' }),
    billable: t.boolean({ description: 'Billed to the client.' }),
  }),
});

defineMutation('updateTimeEntry', {
  description: "Changes a DRAFT or SUBMITTED entry: your own, or anyone's for billing staff.",
  input: UpdateTimeEntryInput,
  payload: { description: 'The entry after `updateTimeEntry`.', field: 'timeEntry', type: TimeEntryRef },
  resolve: async (input, ctx) => ({ timeEntry: await updateTimeEntry(ctx, { ...input, id: input.id.id }) }),
});

const TimeEntryIdsInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      ids: t.globalIDList({ required: true, for: TimeEntryRef, description: 'The entries, 1 to 500; all change or none.' }),
    }),
  });

const entriesPayload = (description: string) => ({
  description,
  fields: (t: import('../../core/graphql/mutation.ts').PayloadFields<{ timeEntries: unknown[] }>) => ({
    timeEntries: t.field({ type: [TimeEntryRef], description: 'The entries as they now are.', resolve: (p) => p.timeEntries as never }),
  }),
});

defineMutation('submitTimeEntries', {
  description: 'Submits your DRAFT entries for approval (up to 500).',
  input: TimeEntryIdsInput('SubmitTimeEntriesInput', 'Entries to submit.'),
  payload: entriesPayload('The entries submitted by `submitTimeEntries`.'),
  resolve: async (input, ctx) => ({ timeEntries: await submitTimeEntries(ctx, { ids: input.ids.map((g) => g.id) }) }),
});

defineMutation('approveTimeEntries', {
  description: 'Approves DRAFT or SUBMITTED entries for billing (up to 500 a call, all or none). Admins and billing staff.',
  input: TimeEntryIdsInput('ApproveTimeEntriesInput', 'Entries to approve.'),
  payload: entriesPayload('The entries approved by `approveTimeEntries`.'),
  resolve: async (input, ctx) => ({ timeEntries: await approveTimeEntries(ctx, { ids: input.ids.map((g) => g.id) }) }),
});

defineMutation('writeOffTimeEntries', {
  description: 'Writes off unbilled entries (up to 500). Admins and billing staff.',
  input: TimeEntryIdsInput('WriteOffTimeEntriesInput', 'Entries to write off.'),
  payload: entriesPayload('The entries written off by `writeOffTimeEntries`.'),
  resolve: async (input, ctx) => ({ timeEntries: await writeOffTimeEntries(ctx, { ids: input.ids.map((g) => g.id) }) }),
});

const StartTimerInput = builder.inputType('StartTimerInput', {
  description: 'A timer to start.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    narrative: t.string({ description: 'What you are doing (may be given when stopping).' }),
    taskCode: t.string({ description: 'UTBMS task code.' }),
    activityCode: t.string({ description: 'UTBMS activity code.' }),
    billable: t.boolean({ description: 'Billed to the client; defaults to true.' }),
  }),
});

defineMutation('startTimer', {
  description: 'Starts your timer on a matter (one at a time).',
  input: StartTimerInput,
  payload: { description: 'The running timer started by `startTimer`.', field: 'timeEntry', type: TimeEntryRef },
  resolve: async (input, ctx) => ({ timeEntry: await startTimer(ctx, { ...input, matterId: input.matterId.id }) }),
});

const StopTimerInput = builder.inputType('StopTimerInput', {
  description: 'How to finish the running timer.',
  fields: (t) => ({ narrative: t.string({ description: 'What was done; keeps the one given at start when omitted.' }) }),
});

defineMutation('stopTimer', {
  description: 'Stops your running timer: the elapsed minutes become a DRAFT entry.',
  input: StopTimerInput,
  payload: { description: 'The entry made by `stopTimer`.', field: 'timeEntry', type: TimeEntryRef },
  resolve: async (input, ctx) => ({ timeEntry: await stopTimer(ctx, input) }),
});

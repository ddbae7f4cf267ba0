import { divideHalfUp } from '../../src/core/money.ts';
import type { Tx } from '../../src/db/client.ts';

const DAY = 86_400_000;
const TASKS = ['L110', 'L120', 'L210', 'L240', 'L310', 'L330'] as const;
const ACTIVITIES = ['A101', 'A102', 'A103', 'A104', 'A106'] as const;
const NARRATIVES = ['Review documents', 'Draft motion', 'Call with client', 'Research case law', 'Prepare for deposition', 'Revise brief'];

const day = (daysAgo: number, now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - daysAgo * DAY);

/**
 * Demo billing for the seeded firm: rates for every timekeeper, four months of time entries and
 * some expenses on the first open matters, invoices issued so that every aging bucket has one
 * (some part-paid), unbilled work in progress, and trust deposits and disbursements. Written
 * directly (seed data, like the rest of the demo), with the same arithmetic as the services.
 */
export async function seedBilling(tx: Tx, firmId: string, now = new Date()): Promise<void> {
  await tx.firm.update({
    where: { id: firmId },
    data: { paymentInstructions: 'Wire to First Bank, account 000123456, quoting the invoice number.' },
  });
  const timekeepers = await tx.user.findMany({ where: { firmId, role: { in: ['ATTORNEY', 'PARALEGAL'] } }, orderBy: { email: 'asc' } });
  const rates = new Map(timekeepers.map((u, i) => [u.id, u.role === 'ATTORNEY' ? 35_000n + BigInt(i) * 2_500n : 14_500n]));
  for (const user of timekeepers)
    await tx.rate.create({ data: { firmId, timekeeperId: user.id, rateMinor: rates.get(user.id) ?? 0n, effectiveFrom: day(400, now) } });
  const matters = await tx.matter.findMany({ where: { firmId, status: 'OPEN' }, orderBy: { number: 'asc' }, take: 8 });
  const account = await tx.trustAccount.create({ data: { firmId, name: 'IOLTA Client Trust', bankName: 'First Bank' } });
  // Invoices of the first six matters, issued so they fall due 10 days ahead and 15, 45, 75, 120 and 200 days ago.
  const dueAgo = [-10, 15, 45, 75, 120, 200];
  let sequence = 0;
  for (const [m, matter] of matters.entries()) {
    const entries = [];
    for (let k = 0; k < 14; k += 1) {
      const timekeeper = timekeepers[(m + k) % timekeepers.length];
      const minutes = 12 + ((m * 7 + k * 13) % 170);
      const billedMinutes = Math.ceil(minutes / 6) * 6;
      const rateMinor = rates.get(timekeeper.id) ?? 0n;
      entries.push(
        await tx.timeEntry.create({
          data: {
            firmId,
            matterId: matter.id,
            timekeeperId: timekeeper.id,
            date: day(5 + k * 8 + (m % 3), now),
            minutes,
            billedMinutes,
            incrementMinutes: 6,
            rateMinor,
            amountMinor: divideHalfUp(BigInt(billedMinutes) * rateMinor, 60n),
            narrative: NARRATIVES[(m + k) % NARRATIVES.length],
            taskCode: TASKS[(m + k) % TASKS.length],
            activityCode: ACTIVITIES[k % ACTIVITIES.length],
            status: k < 4 ? 'DRAFT' : 'APPROVED',
          },
        }),
      );
    }
    await tx.expense.create({
      data: {
        firmId,
        matterId: matter.id,
        date: day(30, now),
        expenseCode: 'E112',
        description: 'Court filing fee',
        quantity: '1',
        unitCostMinor: 40_200n,
        amountMinor: 40_200n,
        status: 'APPROVED',
      },
    });
    if (m >= dueAgo.length) continue;
    const billed = entries.filter((e) => e.status === 'APPROVED' && e.date < day(40, now));
    const total = billed.reduce((sum, e) => sum + e.amountMinor, 0n);
    const dueOn = day(dueAgo[m], now);
    sequence += 1;
    const invoice = await tx.invoice.create({
      data: {
        firmId,
        clientId: matter.clientId,
        matterId: matter.id,
        number: sequence,
        status: 'ISSUED',
        currency: 'USD',
        periodEnd: day(40, now),
        issuedOn: new Date(dueOn.getTime() - 30 * DAY),
        dueOn,
        feesMinor: total,
        totalMinor: total,
      },
    });
    await tx.invoiceLine.createMany({
      data: billed.map((e, position) => ({
        firmId,
        invoiceId: invoice.id,
        position,
        kind: 'FEE' as const,
        timeEntryId: e.id,
        timekeeperId: e.timekeeperId,
        date: e.date,
        description: e.narrative,
        taskCode: e.taskCode,
        activityCode: e.activityCode,
        quantity: (e.billedMinutes / 60).toFixed(4),
        unitMinor: e.rateMinor,
        amountMinor: e.amountMinor,
        totalMinor: e.amountMinor,
      })),
    });
    await tx.timeEntry.updateMany({ where: { id: { in: billed.map((e) => e.id) } }, data: { status: 'BILLED', invoiceId: invoice.id } });
    if (m % 2 === 1) {
      const paid = total / 2n;
      const payment = await tx.payment.create({
        data: {
          firmId,
          clientId: matter.clientId,
          amountMinor: paid,
          unallocatedMinor: 0n,
          method: 'WIRE',
          receivedOn: day(dueAgo[m] > 0 ? dueAgo[m] : 1, now),
        },
      });
      await tx.paymentAllocation.create({ data: { firmId, paymentId: payment.id, invoiceId: invoice.id, amountMinor: paid } });
      await tx.invoice.update({ where: { id: invoice.id }, data: { paidMinor: paid, status: 'PARTIALLY_PAID' } });
    }
    await tx.trustLedgerEntry.create({
      data: {
        firmId,
        accountId: account.id,
        clientId: matter.clientId,
        matterId: matter.id,
        kind: 'DEPOSIT',
        amountMinor: 500_000n,
        occurredOn: day(110, now),
        reference: 'Retainer',
      },
    });
    await tx.trustLedgerEntry.create({
      data: {
        firmId,
        accountId: account.id,
        clientId: matter.clientId,
        matterId: matter.id,
        kind: 'DISBURSEMENT',
        amountMinor: -120_000n,
        occurredOn: day(60, now),
        payee: 'Expert witness',
        reference: 'Cheque 1001',
      },
    });
  }
  await tx.firm.update({ where: { id: firmId }, data: { invoiceSequence: sequence } });
}

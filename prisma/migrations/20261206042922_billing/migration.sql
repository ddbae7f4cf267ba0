-- CreateEnum
CREATE TYPE "FeeArrangement" AS ENUM ('HOURLY', 'FLAT', 'CONTINGENCY');

-- CreateEnum
CREATE TYPE "BillableStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'BILLED', 'WRITTEN_OFF');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID');

-- CreateEnum
CREATE TYPE "InvoiceLineKind" AS ENUM ('FEE', 'EXPENSE');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CHECK', 'WIRE', 'ACH', 'CARD', 'CASH', 'TRUST');

-- CreateEnum
CREATE TYPE "TrustEntryKind" AS ENUM ('DEPOSIT', 'DISBURSEMENT', 'TRANSFER_TO_OPERATING', 'REVERSAL');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachmentFileIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "Firm" ADD COLUMN     "billingIncrementMinutes" INTEGER NOT NULL DEFAULT 6,
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'USD',
ADD COLUMN     "invoiceSequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paymentInstructions" TEXT,
ADD COLUMN     "paymentTermsDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "Rate" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "timekeeperId" UUID NOT NULL,
    "clientId" UUID,
    "matterId" UUID,
    "rateMinor" BIGINT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeAgreement" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "arrangement" "FeeArrangement" NOT NULL,
    "flatAmountMinor" BIGINT,
    "contingencyPercent" DECIMAL(7,4),
    "terms" TEXT,
    "budgetMinor" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FeeAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "timekeeperId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "billedMinutes" INTEGER NOT NULL,
    "incrementMinutes" INTEGER NOT NULL,
    "rateMinor" BIGINT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "taskCode" TEXT,
    "activityCode" TEXT,
    "narrative" TEXT NOT NULL,
    "billable" BOOLEAN NOT NULL DEFAULT true,
    "status" "BillableStatus" NOT NULL DEFAULT 'DRAFT',
    "invoiceId" UUID,
    "timerStartedAt" TIMESTAMPTZ(3),
    "runningTimerUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "createdById" UUID,
    "date" DATE NOT NULL,
    "expenseCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(12,4) NOT NULL,
    "unitCostMinor" BIGINT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "receiptFileId" UUID,
    "billable" BOOLEAN NOT NULL DEFAULT true,
    "status" "BillableStatus" NOT NULL DEFAULT 'DRAFT',
    "invoiceId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "number" INTEGER,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'DRAFT',
    "currency" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "issuedOn" DATE,
    "dueOn" DATE,
    "discountPercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "taxPercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "feesMinor" BIGINT NOT NULL DEFAULT 0,
    "expensesMinor" BIGINT NOT NULL DEFAULT 0,
    "discountMinor" BIGINT NOT NULL DEFAULT 0,
    "taxMinor" BIGINT NOT NULL DEFAULT 0,
    "totalMinor" BIGINT NOT NULL DEFAULT 0,
    "paidMinor" BIGINT NOT NULL DEFAULT 0,
    "pdfJobId" UUID,
    "voidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "InvoiceLineKind" NOT NULL,
    "timeEntryId" UUID,
    "expenseId" UUID,
    "timekeeperId" UUID,
    "date" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "taskCode" TEXT,
    "activityCode" TEXT,
    "expenseCode" TEXT,
    "quantity" DECIMAL(12,4) NOT NULL,
    "unitMinor" BIGINT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "lineDiscountMinor" BIGINT NOT NULL DEFAULT 0,
    "invoiceDiscountMinor" BIGINT NOT NULL DEFAULT 0,
    "taxMinor" BIGINT NOT NULL DEFAULT 0,
    "totalMinor" BIGINT NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "unallocatedMinor" BIGINT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "reference" TEXT,
    "reversedAt" TIMESTAMPTZ(3),
    "reversalReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentAllocation" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "PaymentAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustAccount" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "bankName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustLedgerEntry" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "matterId" UUID,
    "kind" "TrustEntryKind" NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "payee" TEXT,
    "reference" TEXT,
    "invoiceId" UUID,
    "paymentId" UUID,
    "reversesId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rate_firmId_effectiveFrom_id_idx" ON "Rate"("firmId", "effectiveFrom", "id");

-- CreateIndex
CREATE INDEX "Rate_timekeeperId_effectiveFrom_idx" ON "Rate"("timekeeperId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "FeeAgreement_matterId_key" ON "FeeAgreement"("matterId");

-- CreateIndex
CREATE INDEX "FeeAgreement_firmId_createdAt_id_idx" ON "FeeAgreement"("firmId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TimeEntry_runningTimerUserId_key" ON "TimeEntry"("runningTimerUserId");

-- CreateIndex
CREATE INDEX "TimeEntry_firmId_date_id_idx" ON "TimeEntry"("firmId", "date", "id");

-- CreateIndex
CREATE INDEX "TimeEntry_firmId_status_matterId_idx" ON "TimeEntry"("firmId", "status", "matterId");

-- CreateIndex
CREATE INDEX "TimeEntry_matterId_status_idx" ON "TimeEntry"("matterId", "status");

-- CreateIndex
CREATE INDEX "TimeEntry_timekeeperId_date_idx" ON "TimeEntry"("timekeeperId", "date");

-- CreateIndex
CREATE INDEX "TimeEntry_invoiceId_idx" ON "TimeEntry"("invoiceId");

-- CreateIndex
CREATE INDEX "Expense_firmId_date_id_idx" ON "Expense"("firmId", "date", "id");

-- CreateIndex
CREATE INDEX "Expense_matterId_status_idx" ON "Expense"("matterId", "status");

-- CreateIndex
CREATE INDEX "Expense_invoiceId_idx" ON "Expense"("invoiceId");

-- CreateIndex
CREATE INDEX "Invoice_firmId_createdAt_id_idx" ON "Invoice"("firmId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Invoice_firmId_status_dueOn_idx" ON "Invoice"("firmId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Invoice_clientId_idx" ON "Invoice"("clientId");

-- CreateIndex
CREATE INDEX "Invoice_matterId_idx" ON "Invoice"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_firmId_number_key" ON "Invoice"("firmId", "number");

-- CreateIndex
CREATE INDEX "InvoiceLine_timeEntryId_idx" ON "InvoiceLine"("timeEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE INDEX "Payment_firmId_receivedOn_id_idx" ON "Payment"("firmId", "receivedOn", "id");

-- CreateIndex
CREATE INDEX "Payment_clientId_idx" ON "Payment"("clientId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_paymentId_idx" ON "PaymentAllocation"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_invoiceId_idx" ON "PaymentAllocation"("invoiceId");

-- CreateIndex
CREATE INDEX "TrustAccount_firmId_createdAt_id_idx" ON "TrustAccount"("firmId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "TrustLedgerEntry_firmId_createdAt_id_idx" ON "TrustLedgerEntry"("firmId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "TrustLedgerEntry_accountId_clientId_idx" ON "TrustLedgerEntry"("accountId", "clientId");

-- CreateIndex
CREATE INDEX "TrustLedgerEntry_accountId_occurredOn_idx" ON "TrustLedgerEntry"("accountId", "occurredOn");

-- CreateIndex
CREATE INDEX "TrustLedgerEntry_clientId_idx" ON "TrustLedgerEntry"("clientId");

-- AddForeignKey
ALTER TABLE "Rate" ADD CONSTRAINT "Rate_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rate" ADD CONSTRAINT "Rate_timekeeperId_fkey" FOREIGN KEY ("timekeeperId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rate" ADD CONSTRAINT "Rate_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rate" ADD CONSTRAINT "Rate_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeAgreement" ADD CONSTRAINT "FeeAgreement_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeAgreement" ADD CONSTRAINT "FeeAgreement_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_timekeeperId_fkey" FOREIGN KEY ("timekeeperId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccount" ADD CONSTRAINT "TrustAccount_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustLedgerEntry" ADD CONSTRAINT "TrustLedgerEntry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustLedgerEntry" ADD CONSTRAINT "TrustLedgerEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "TrustAccount"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustLedgerEntry" ADD CONSTRAINT "TrustLedgerEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustLedgerEntry" ADD CONSTRAINT "TrustLedgerEntry_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustLedgerEntry" ADD CONSTRAINT "TrustLedgerEntry_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Trust ledgers are append-only (ABA Model Rule 1.15): a correction is a reversing entry, and the
-- database itself refuses to change or remove a row. Deleting the firm (which takes its ledgers
-- with it) is the one exception.
CREATE FUNCTION "lexgraph_trust_ledger_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Firm" WHERE id = OLD."firmId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'TrustLedgerEntry rows are append-only: % refused; record a reversing entry instead', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TrustLedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "TrustLedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "lexgraph_trust_ledger_append_only"();


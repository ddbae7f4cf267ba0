-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "circuitOpenUntil" TIMESTAMPTZ(3),
ADD COLUMN     "consecutiveTimeouts" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "HealthSnapshot" ADD COLUMN     "change30" INTEGER;

-- CreateTable
CREATE TABLE "AccountWindow" (
    "accountId" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "margin" DECIMAL(18,2) NOT NULL,
    "orders" INTEGER NOT NULL,
    "recencyDays" INTEGER NOT NULL,
    "r" INTEGER,
    "f" INTEGER,
    "m" INTEGER,
    "segment" TEXT,

    CONSTRAINT "AccountWindow_pkey" PRIMARY KEY ("days","accountId")
);

-- CreateTable
CREATE TABLE "MetricsRefresh" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "asOf" DATE,
    "finishedAt" TIMESTAMP(3),
    "healthAsOf" DATE,

    CONSTRAINT "MetricsRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountWindow_accountId_idx" ON "AccountWindow"("accountId");

-- CreateIndex
CREATE INDEX "HealthSnapshot_day_change30_idx" ON "HealthSnapshot"("day", "change30");

-- AddForeignKey
ALTER TABLE "AccountWindow" ADD CONSTRAINT "AccountWindow_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "AccountMetrics" ADD COLUMN     "lastYearMonths" DECIMAL(18,2)[] DEFAULT ARRAY[]::DECIMAL(18,2)[];

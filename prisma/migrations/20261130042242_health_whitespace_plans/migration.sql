-- CreateEnum
CREATE TYPE "Influence" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'DECISIVE');

-- CreateEnum
CREATE TYPE "RelationshipLevel" AS ENUM ('VENDOR', 'CREDIBLE_SOURCE', 'PROBLEM_SOLVER', 'TRUSTED_ADVISOR');

-- CreateEnum
CREATE TYPE "ObjectiveMetric" AS ENUM ('MANUAL', 'OFFERING_REVENUE', 'SHARE_OF_WALLET', 'DECISION_MAKERS_COVERED', 'HEALTH');

-- CreateEnum
CREATE TYPE "HealthBand" AS ENUM ('HEALTHY', 'WATCH', 'AT_RISK');

-- CreateEnum
CREATE TYPE "WhitespaceStatus" AS ENUM ('SUPPLIED', 'OPPORTUNITY', 'COMPETITOR', 'WHITESPACE', 'NOT_RELEVANT');

-- CreateEnum
CREATE TYPE "OpportunityStage" AS ENUM ('QUALIFY', 'DEVELOP', 'PROPOSE', 'NEGOTIATE', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MITIGATING', 'CLOSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AlertKind" ADD VALUE 'SPONSOR_LOST';
ALTER TYPE "AlertKind" ADD VALUE 'HEALTH_DROP';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "influence" "Influence",
ADD COLUMN     "leftAt" DATE,
ADD COLUMN     "newEmployer" TEXT,
ADD COLUMN     "reportsToId" TEXT;

-- AlterTable
ALTER TABLE "ContactCoverage" ADD COLUMN     "levelNow" "RelationshipLevel",
ADD COLUMN     "levelWanted" "RelationshipLevel";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyingCentreId" TEXT;

-- AlterTable
ALTER TABLE "AccountPlan" ADD COLUMN     "opportunities" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "strengths" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "templateId" TEXT,
ADD COLUMN     "threats" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "weaknesses" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PlanObjective" ADD COLUMN     "currentValue" DECIMAL(18,2),
ADD COLUMN     "dueDate" DATE,
ADD COLUMN     "metric" "ObjectiveMetric" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "offeringId" TEXT,
ADD COLUMN     "periodEnd" DATE,
ADD COLUMN     "periodStart" DATE,
ADD COLUMN     "target" DECIMAL(18,2),
ADD COLUMN     "unit" TEXT;

-- AlterTable
ALTER TABLE "PlanAction" ADD COLUMN     "reviewId" TEXT;

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "activityId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("activityId","contactId")
);

-- CreateTable
CREATE TABLE "HealthModel" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'DRAFT',
    "active" BOOLEAN,
    "name" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "healthyFrom" INTEGER NOT NULL,
    "watchFrom" INTEGER NOT NULL,
    "freshnessDays" INTEGER NOT NULL DEFAULT 90,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "HealthModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountHealth" (
    "accountId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "score" INTEGER,
    "band" "HealthBand",
    "components" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountHealth_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "HealthSnapshot" (
    "accountId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "modelId" TEXT NOT NULL,
    "score" INTEGER,
    "band" "HealthBand",
    "components" JSONB NOT NULL,

    CONSTRAINT "HealthSnapshot_pkey" PRIMARY KEY ("accountId","day")
);

-- CreateTable
CREATE TABLE "ProductLine" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offering" (
    "id" TEXT NOT NULL,
    "productLineId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "productCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyingCentre" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyingCentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WhitespaceCell" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "buyingCentreId" TEXT NOT NULL,
    "offeringId" TEXT NOT NULL,
    "status" "WhitespaceStatus" NOT NULL DEFAULT 'WHITESPACE',
    "totalMarket" DECIMAL(18,2),
    "ourRevenue" DECIMAL(18,2),
    "competitor" TEXT,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhitespaceCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "whitespaceCellId" TEXT,
    "name" TEXT NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,
    "probability" INTEGER NOT NULL,
    "stage" "OpportunityStage" NOT NULL DEFAULT 'QUALIFY',
    "expectedClose" DATE NOT NULL,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" TEXT NOT NULL,
    "quadrant" "Quadrant" NOT NULL,
    "content" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRisk" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "severity" "RiskLevel" NOT NULL,
    "likelihood" "RiskLevel" NOT NULL,
    "ownerId" TEXT,
    "mitigation" TEXT,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessReview" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "planId" TEXT,
    "heldOn" DATE NOT NULL,
    "agenda" TEXT,
    "outcomes" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessReviewUser" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "BusinessReviewUser_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateTable
CREATE TABLE "BusinessReviewContact" (
    "reviewId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "BusinessReviewContact_pkey" PRIMARY KEY ("reviewId","contactId")
);

-- CreateIndex
CREATE INDEX "ActivityParticipant_contactId_idx" ON "ActivityParticipant"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "HealthModel_version_key" ON "HealthModel"("version");

-- CreateIndex
CREATE UNIQUE INDEX "HealthModel_active_key" ON "HealthModel"("active");

-- CreateIndex
CREATE INDEX "AccountHealth_score_idx" ON "AccountHealth"("score");

-- CreateIndex
CREATE INDEX "AccountHealth_band_idx" ON "AccountHealth"("band");

-- CreateIndex
CREATE INDEX "HealthSnapshot_day_band_idx" ON "HealthSnapshot"("day", "band");

-- CreateIndex
CREATE UNIQUE INDEX "ProductLine_nameEn_key" ON "ProductLine"("nameEn");

-- CreateIndex
CREATE INDEX "Offering_productLineId_idx" ON "Offering"("productLineId");

-- CreateIndex
CREATE UNIQUE INDEX "Offering_nameEn_key" ON "Offering"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "BuyingCentre_accountId_name_key" ON "BuyingCentre"("accountId", "name");

-- CreateIndex
CREATE INDEX "WhitespaceCell_accountId_idx" ON "WhitespaceCell"("accountId");

-- CreateIndex
CREATE INDEX "WhitespaceCell_offeringId_idx" ON "WhitespaceCell"("offeringId");

-- CreateIndex
CREATE UNIQUE INDEX "WhitespaceCell_buyingCentreId_offeringId_key" ON "WhitespaceCell"("buyingCentreId", "offeringId");

-- CreateIndex
CREATE INDEX "Opportunity_accountId_idx" ON "Opportunity"("accountId");

-- CreateIndex
CREATE INDEX "Opportunity_expectedClose_idx" ON "Opportunity"("expectedClose");

-- CreateIndex
CREATE INDEX "Opportunity_ownerId_idx" ON "Opportunity"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplate_quadrant_key" ON "PlanTemplate"("quadrant");

-- CreateIndex
CREATE INDEX "PlanRisk_planId_idx" ON "PlanRisk"("planId");

-- CreateIndex
CREATE INDEX "BusinessReview_accountId_heldOn_idx" ON "BusinessReview"("accountId", "heldOn");

-- CreateIndex
CREATE INDEX "BusinessReviewContact_contactId_idx" ON "BusinessReviewContact"("contactId");

-- CreateIndex
CREATE INDEX "Contact_reportsToId_idx" ON "Contact"("reportsToId");

-- CreateIndex
CREATE INDEX "Order_buyingCentreId_idx" ON "Order"("buyingCentreId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_reportsToId_fkey" FOREIGN KEY ("reportsToId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_buyingCentreId_fkey" FOREIGN KEY ("buyingCentreId") REFERENCES "BuyingCentre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlan" ADD CONSTRAINT "AccountPlan_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanObjective" ADD CONSTRAINT "PlanObjective_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "BusinessReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthModel" ADD CONSTRAINT "HealthModel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountHealth" ADD CONSTRAINT "AccountHealth_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountHealth" ADD CONSTRAINT "AccountHealth_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "HealthModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSnapshot" ADD CONSTRAINT "HealthSnapshot_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSnapshot" ADD CONSTRAINT "HealthSnapshot_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "HealthModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_productLineId_fkey" FOREIGN KEY ("productLineId") REFERENCES "ProductLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyingCentre" ADD CONSTRAINT "BuyingCentre_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhitespaceCell" ADD CONSTRAINT "WhitespaceCell_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhitespaceCell" ADD CONSTRAINT "WhitespaceCell_buyingCentreId_fkey" FOREIGN KEY ("buyingCentreId") REFERENCES "BuyingCentre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhitespaceCell" ADD CONSTRAINT "WhitespaceCell_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_whitespaceCellId_fkey" FOREIGN KEY ("whitespaceCellId") REFERENCES "WhitespaceCell"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRisk" ADD CONSTRAINT "PlanRisk_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AccountPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRisk" ADD CONSTRAINT "PlanRisk_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReview" ADD CONSTRAINT "BusinessReview_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReview" ADD CONSTRAINT "BusinessReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AccountPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReview" ADD CONSTRAINT "BusinessReview_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReviewUser" ADD CONSTRAINT "BusinessReviewUser_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "BusinessReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReviewUser" ADD CONSTRAINT "BusinessReviewUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReviewContact" ADD CONSTRAINT "BusinessReviewContact_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "BusinessReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessReviewContact" ADD CONSTRAINT "BusinessReviewContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

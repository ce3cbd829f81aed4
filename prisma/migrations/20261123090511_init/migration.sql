-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DIRECTOR', 'MANAGER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'zh');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "CreditRating" AS ENUM ('AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C');

-- CreateEnum
CREATE TYPE "LifecyclePhase" AS ENUM ('ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'CHURN');

-- CreateEnum
CREATE TYPE "SalesScenario" AS ENUM ('PRE_SALES', 'BIDDING', 'DELIVERY', 'AFTER_SALES');

-- CreateEnum
CREATE TYPE "RelationshipStage" AS ENUM ('EXPLORATORY', 'BASIC', 'COOPERATIVE', 'INTERDEPENDENT', 'INTEGRATED', 'DISINTEGRATING');

-- CreateEnum
CREATE TYPE "Quadrant" AS ENUM ('STAR', 'CASH_COW', 'QUESTION', 'DOG');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('FINANCE', 'LOGISTICS', 'OPERATIONS', 'IT', 'PRODUCT_DEVELOPMENT', 'REGIONAL_SALES', 'SOLUTION_SALES');

-- CreateEnum
CREATE TYPE "ContactLevel" AS ENUM ('BOARD', 'DIRECTOR', 'MANAGER', 'SUPERVISOR', 'STAFF');

-- CreateEnum
CREATE TYPE "ContactFunction" AS ENUM ('MANAGEMENT', 'PURCHASING', 'FINANCE', 'OPERATIONS', 'LOGISTICS', 'IT', 'RESEARCH_DEVELOPMENT', 'QUALITY', 'MARKETING', 'OTHER');

-- CreateEnum
CREATE TYPE "BuyingRole" AS ENUM ('DECISION_MAKER', 'INFLUENCER', 'PURCHASER', 'USER', 'GATEKEEPER');

-- CreateEnum
CREATE TYPE "PersonalityType" AS ENUM ('ANALYTICAL', 'EXPRESSIVE', 'AMIABLE', 'STEADY');

-- CreateEnum
CREATE TYPE "Attitude" AS ENUM ('SUPPORTER', 'NEUTRAL', 'OPPONENT');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('CALL', 'MEETING', 'VISIT', 'EMAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplaintSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "ModelPurpose" AS ENUM ('MATRIX', 'KEY_ACCOUNT_SELECTION');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "FactorDimension" AS ENUM ('ATTRACTIVENESS', 'STRENGTH', 'SELECTION');

-- CreateEnum
CREATE TYPE "ThresholdMode" AS ENUM ('MIDPOINT', 'MEDIAN', 'FIXED');

-- CreateEnum
CREATE TYPE "UncouplingReason" AS ENUM ('KEY_PERSON_CHANGE', 'LACK_OF_TRUST', 'LACK_OF_LONGEVITY', 'CULTURAL_DIFFERENCES', 'QUALITY_PROBLEMS', 'MARKET_POSITION_CHANGE', 'FINANCIAL_PROBLEMS', 'PRODUCT_PROCESS_VALUE_CHAIN', 'CUSTOMER_ATTITUDE');

-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'MANAGER',
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "size" "CompanySize" NOT NULL,
    "annualRevenue" DECIMAL(18,2),
    "creditRating" "CreditRating",
    "lifecyclePhase" "LifecyclePhase" NOT NULL DEFAULT 'ACQUISITION',
    "salesScenario" "SalesScenario",
    "stage" "RelationshipStage" NOT NULL DEFAULT 'EXPLORATORY',
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isKeyAccount" BOOLEAN NOT NULL DEFAULT false,
    "quadrant" "Quadrant",
    "ownerId" TEXT NOT NULL,
    "parentId" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "strategy" TEXT,
    "products" TEXT,
    "operatingStatus" TEXT,
    "growthBottleneck" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountMetrics" (
    "accountId" TEXT NOT NULL,
    "revenue12m" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "margin12m" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "orderCount" INTEGER NOT NULL DEFAULT 0,
    "lastOrderAt" DATE,
    "recencyDays" INTEGER,
    "r" INTEGER,
    "f" INTEGER,
    "m" INTEGER,
    "rfmSegment" TEXT,
    "abcClass" TEXT,
    "riskScore" INTEGER NOT NULL DEFAULT 0,
    "riskLevel" TEXT NOT NULL DEFAULT 'LOW',
    "churnFlags" TEXT[],
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountMetrics_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "AccountTeamMember" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamRole" "TeamRole" NOT NULL,
    "formal" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "department" TEXT,
    "function" "ContactFunction" NOT NULL,
    "level" "ContactLevel" NOT NULL,
    "buyingRole" "BuyingRole",
    "personalityType" "PersonalityType",
    "attitude" "Attitude" NOT NULL DEFAULT 'NEUTRAL',
    "relationshipStrength" INTEGER NOT NULL DEFAULT 3,
    "email" TEXT,
    "phone" TEXT,
    "explicitNeeds" TEXT,
    "implicitNeeds" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactCoverage" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "contactId" TEXT,
    "userId" TEXT NOT NULL,
    "type" "ActivityType" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "participants" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "orderDate" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "margin" DECIMAL(14,2) NOT NULL,
    "productCategory" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "severity" "ComplaintSeverity" NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringModel" (
    "id" TEXT NOT NULL,
    "purpose" "ModelPurpose" NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'DRAFT',
    "activePurpose" "ModelPurpose",
    "name" TEXT NOT NULL,
    "scaleMin" INTEGER NOT NULL DEFAULT 0,
    "scaleMax" INTEGER NOT NULL DEFAULT 10,
    "thresholdMode" "ThresholdMode" NOT NULL DEFAULT 'MIDPOINT',
    "attractivenessThreshold" DECIMAL(6,2),
    "strengthThreshold" DECIMAL(6,2),
    "topPercent" DECIMAL(5,2),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "ScoringModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringFactor" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "dimension" "FactorDimension" NOT NULL,
    "groupKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "helpEn" TEXT,
    "helpZh" TEXT,
    "weight" DECIMAL(6,2) NOT NULL,
    "inverted" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ScoringFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "comment" TEXT,
    "attractiveness" DECIMAL(6,3),
    "strength" DECIMAL(6,3),
    "attractivenessCompleteness" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "strengthCompleteness" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "compositeScore" DECIMAL(6,3),
    "quadrant" "Quadrant",

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "score" DECIMAL(5,2),
    "comment" TEXT,

    CONSTRAINT "AssessmentScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FitInference" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "industryNeed" INTEGER NOT NULL,
    "ourMatch" INTEGER NOT NULL,
    "customerNeed" INTEGER NOT NULL,
    "supplierCriteriaMatch" INTEGER NOT NULL,
    "fitScore" DECIMAL(5,2) NOT NULL,
    "recommendation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FitInference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageTransition" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "fromStage" "RelationshipStage" NOT NULL,
    "toStage" "RelationshipStage" NOT NULL,
    "reasons" "UncouplingReason"[],
    "note" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountPlan" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanObjective" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'OPEN',

    CONSTRAINT "PlanObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" DATE,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'OPEN',
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_ownerId_idx" ON "Account"("ownerId");

-- CreateIndex
CREATE INDEX "Account_industry_idx" ON "Account"("industry");

-- CreateIndex
CREATE INDEX "Account_region_idx" ON "Account"("region");

-- CreateIndex
CREATE INDEX "Account_stage_idx" ON "Account"("stage");

-- CreateIndex
CREATE INDEX "Account_quadrant_idx" ON "Account"("quadrant");

-- CreateIndex
CREATE INDEX "Account_isKeyAccount_idx" ON "Account"("isKeyAccount");

-- CreateIndex
CREATE INDEX "Account_archived_idx" ON "Account"("archived");

-- CreateIndex
CREATE INDEX "Account_parentId_idx" ON "Account"("parentId");

-- CreateIndex
CREATE INDEX "Account_name_idx" ON "Account"("name");

-- CreateIndex
CREATE INDEX "AccountMetrics_rfmSegment_idx" ON "AccountMetrics"("rfmSegment");

-- CreateIndex
CREATE INDEX "AccountMetrics_abcClass_idx" ON "AccountMetrics"("abcClass");

-- CreateIndex
CREATE INDEX "AccountMetrics_riskScore_idx" ON "AccountMetrics"("riskScore");

-- CreateIndex
CREATE INDEX "AccountMetrics_revenue12m_idx" ON "AccountMetrics"("revenue12m");

-- CreateIndex
CREATE INDEX "AccountTeamMember_userId_idx" ON "AccountTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTeamMember_accountId_userId_key" ON "AccountTeamMember"("accountId", "userId");

-- CreateIndex
CREATE INDEX "Contact_accountId_idx" ON "Contact"("accountId");

-- CreateIndex
CREATE INDEX "Contact_level_idx" ON "Contact"("level");

-- CreateIndex
CREATE INDEX "Contact_function_idx" ON "Contact"("function");

-- CreateIndex
CREATE INDEX "Contact_name_idx" ON "Contact"("name");

-- CreateIndex
CREATE INDEX "ContactCoverage_userId_idx" ON "ContactCoverage"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactCoverage_contactId_userId_key" ON "ContactCoverage"("contactId", "userId");

-- CreateIndex
CREATE INDEX "Activity_accountId_occurredAt_idx" ON "Activity"("accountId", "occurredAt");

-- CreateIndex
CREATE INDEX "Order_accountId_orderDate_idx" ON "Order"("accountId", "orderDate");

-- CreateIndex
CREATE INDEX "Order_orderDate_idx" ON "Order"("orderDate");

-- CreateIndex
CREATE UNIQUE INDEX "Order_accountId_externalRef_key" ON "Order"("accountId", "externalRef");

-- CreateIndex
CREATE INDEX "Complaint_accountId_openedAt_idx" ON "Complaint"("accountId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModel_activePurpose_key" ON "ScoringModel"("activePurpose");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModel_purpose_version_key" ON "ScoringModel"("purpose", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringFactor_modelId_key_key" ON "ScoringFactor"("modelId", "key");

-- CreateIndex
CREATE INDEX "Assessment_accountId_assessedAt_idx" ON "Assessment"("accountId", "assessedAt");

-- CreateIndex
CREATE INDEX "Assessment_modelId_idx" ON "Assessment"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScore_assessmentId_factorId_key" ON "AssessmentScore"("assessmentId", "factorId");

-- CreateIndex
CREATE INDEX "FitInference_accountId_createdAt_idx" ON "FitInference"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "StageTransition_accountId_createdAt_idx" ON "StageTransition"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "AccountPlan_accountId_idx" ON "AccountPlan"("accountId");

-- CreateIndex
CREATE INDEX "PlanObjective_planId_idx" ON "PlanObjective"("planId");

-- CreateIndex
CREATE INDEX "PlanAction_objectiveId_idx" ON "PlanAction"("objectiveId");

-- CreateIndex
CREATE INDEX "PlanAction_ownerId_idx" ON "PlanAction"("ownerId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountMetrics" ADD CONSTRAINT "AccountMetrics_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTeamMember" ADD CONSTRAINT "AccountTeamMember_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTeamMember" ADD CONSTRAINT "AccountTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactCoverage" ADD CONSTRAINT "ContactCoverage_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactCoverage" ADD CONSTRAINT "ContactCoverage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringModel" ADD CONSTRAINT "ScoringModel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringFactor" ADD CONSTRAINT "ScoringFactor_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ScoringModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ScoringModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "ScoringFactor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FitInference" ADD CONSTRAINT "FitInference_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FitInference" ADD CONSTRAINT "FitInference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlan" ADD CONSTRAINT "AccountPlan_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlan" ADD CONSTRAINT "AccountPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanObjective" ADD CONSTRAINT "PlanObjective_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AccountPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "PlanObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

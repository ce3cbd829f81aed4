-- CreateTable
CREATE TABLE "IdentificationRank" (
    "accountId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION,
    "completeness" DOUBLE PRECISION NOT NULL,
    "proposed" BOOLEAN NOT NULL,
    "criteria" JSONB NOT NULL,

    CONSTRAINT "IdentificationRank_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "IdentificationRun" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "modelId" TEXT NOT NULL,
    "rankedAt" TIMESTAMP(3) NOT NULL,
    "accounts" INTEGER NOT NULL,

    CONSTRAINT "IdentificationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdentificationRank_rank_idx" ON "IdentificationRank"("rank");

-- AddForeignKey
ALTER TABLE "IdentificationRank" ADD CONSTRAINT "IdentificationRank_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

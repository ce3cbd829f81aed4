-- CreateIndex
CREATE INDEX "LatestAssessment_assessedAt_accountId_idx" ON "LatestAssessment"("assessedAt", "accountId");

-- CreateIndex
CREATE INDEX "Account_industry_trgm_idx" ON "Account" USING GIN ("industry" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Account_region_trgm_idx" ON "Account" USING GIN ("region" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AccountMetrics_accountId_revenue12m_rfmSegment_idx" ON "AccountMetrics"("accountId", "revenue12m", "rfmSegment");

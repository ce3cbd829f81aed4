-- CreateIndex
CREATE INDEX "Account_industry_trgm_idx" ON "Account" USING GIN ("industry" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Account_region_trgm_idx" ON "Account" USING GIN ("region" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Account_archived_stage_name_id_idx" ON "Account"("archived", "stage", "name", "id");

-- CreateIndex
CREATE INDEX "Account_archived_quadrant_name_id_idx" ON "Account"("archived", "quadrant", "name", "id");

-- CreateIndex
CREATE INDEX "Account_archived_industry_name_id_idx" ON "Account"("archived", "industry", "name", "id");

-- CreateIndex
CREATE INDEX "Account_archived_region_name_id_idx" ON "Account"("archived", "region", "name", "id");

-- CreateIndex
CREATE INDEX "Account_ownerId_archived_name_id_idx" ON "Account"("ownerId", "archived", "name", "id");

-- CreateIndex
CREATE INDEX "AccountMetrics_accountId_revenue12m_rfmSegment_idx" ON "AccountMetrics"("accountId", "revenue12m", "rfmSegment");

-- CreateIndex
CREATE INDEX "AccountHealth_accountId_band_idx" ON "AccountHealth"("accountId", "band");

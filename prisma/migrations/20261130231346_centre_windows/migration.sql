-- CreateTable
CREATE TABLE "CentreWindow" (
    "accountId" TEXT NOT NULL,
    "buyingCentreId" TEXT NOT NULL,
    "productCategory" TEXT NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "CentreWindow_pkey" PRIMARY KEY ("accountId","buyingCentreId","productCategory")
);

-- AddForeignKey
ALTER TABLE "CentreWindow" ADD CONSTRAINT "CentreWindow_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreWindow" ADD CONSTRAINT "CentreWindow_buyingCentreId_fkey" FOREIGN KEY ("buyingCentreId") REFERENCES "BuyingCentre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The new table is empty until the next full refresh: until then the pages sum the orders themselves.
UPDATE "MetricsRefresh" SET "asOf" = NULL;

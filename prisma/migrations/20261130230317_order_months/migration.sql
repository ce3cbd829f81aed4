-- CreateTable
CREATE TABLE "OrderMonth" (
    "id" BIGSERIAL NOT NULL,
    "accountId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "productCategory" TEXT NOT NULL,
    "buyingCentreId" TEXT,
    "amount" DECIMAL(18,2) NOT NULL,
    "orders" INTEGER NOT NULL,

    CONSTRAINT "OrderMonth_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrderMonth_accountId_month_productCategory_buyingCentreId_key" ON "OrderMonth"("accountId", "month", "productCategory", "buyingCentreId") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "OrderMonth" ADD CONSTRAINT "OrderMonth_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds the orders a statement wrote to their month's group and takes away those it removed, once per statement
-- (a seed's COPY, an import batch, a merge moving orders). A removal whose account is being deleted is skipped:
-- its groups go with it by the foreign key.
CREATE FUNCTION "order_months"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "OrderMonth" AS m ("accountId", "month", "productCategory", "buyingCentreId", "amount", "orders")
    SELECT o."accountId", date_trunc('month', o."orderDate")::date, o."productCategory", o."buyingCentreId", -sum(o.amount), -count(*)::int
    FROM old_rows o
    WHERE EXISTS (SELECT 1 FROM "Account" a WHERE a.id = o."accountId")
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("accountId", "month", "productCategory", "buyingCentreId")
      DO UPDATE SET "amount" = m."amount" + EXCLUDED."amount", "orders" = m."orders" + EXCLUDED."orders";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "OrderMonth" AS m ("accountId", "month", "productCategory", "buyingCentreId", "amount", "orders")
    SELECT o."accountId", date_trunc('month', o."orderDate")::date, o."productCategory", o."buyingCentreId", sum(o.amount), count(*)::int
    FROM new_rows o
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("accountId", "month", "productCategory", "buyingCentreId")
      DO UPDATE SET "amount" = m."amount" + EXCLUDED."amount", "orders" = m."orders" + EXCLUDED."orders";
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "OrderMonth" m USING (SELECT DISTINCT "accountId" FROM old_rows) t
    WHERE m."accountId" = t."accountId" AND m."orders" = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Order_months_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_months"();
CREATE TRIGGER "Order_months_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_months"();
CREATE TRIGGER "Order_months_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_months"();

-- The months of the orders already there.
INSERT INTO "OrderMonth" ("accountId", "month", "productCategory", "buyingCentreId", "amount", "orders")
SELECT o."accountId", date_trunc('month', o."orderDate")::date, o."productCategory", o."buyingCentreId", sum(o.amount), count(*)::int
FROM "Order" o
GROUP BY 1, 2, 3, 4;

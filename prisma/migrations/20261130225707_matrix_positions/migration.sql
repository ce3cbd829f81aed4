-- CreateTable
CREATE TABLE "MatrixPosition" (
    "accountId" TEXT NOT NULL,
    "attractiveness" DECIMAL(6,3) NOT NULL,
    "strength" DECIMAL(6,3) NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,
    "previousAttractiveness" DECIMAL(6,3),
    "previousStrength" DECIMAL(6,3),

    CONSTRAINT "MatrixPosition_pkey" PRIMARY KEY ("accountId")
);

-- AddForeignKey
ALTER TABLE "MatrixPosition" ADD CONSTRAINT "MatrixPosition_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the matrix position of the given accounts from their assessments: the latest complete assessment
-- under a MATRIX model and the one before it (same order as everywhere: assessedAt, then id). An account left
-- without one loses its row. ON CONFLICT, because two transactions may both have assessed the same account.
CREATE FUNCTION "refresh_matrix_positions"(accounts TEXT[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "MatrixPosition" p
  WHERE p."accountId" = ANY(accounts) AND NOT EXISTS (
    SELECT 1 FROM "Assessment" s JOIN "ScoringModel" m ON m.id = s."modelId" AND m.purpose = 'MATRIX'
    WHERE s."accountId" = p."accountId" AND s.attractiveness IS NOT NULL AND s.strength IS NOT NULL);
  INSERT INTO "MatrixPosition" ("accountId", "attractiveness", "strength", "assessedAt", "previousAttractiveness", "previousStrength")
  SELECT r."accountId",
    max(r.attractiveness) FILTER (WHERE r.rn = 1), max(r.strength) FILTER (WHERE r.rn = 1), max(r."assessedAt") FILTER (WHERE r.rn = 1),
    max(r.attractiveness) FILTER (WHERE r.rn = 2), max(r.strength) FILTER (WHERE r.rn = 2)
  FROM (
    SELECT s."accountId", s.attractiveness, s.strength, s."assessedAt",
      row_number() OVER (PARTITION BY s."accountId" ORDER BY s."assessedAt" DESC, s.id DESC) AS rn
    FROM "Assessment" s JOIN "ScoringModel" m ON m.id = s."modelId" AND m.purpose = 'MATRIX'
    WHERE s."accountId" = ANY(accounts) AND s.attractiveness IS NOT NULL AND s.strength IS NOT NULL
  ) r
  WHERE r.rn <= 2
  GROUP BY r."accountId"
  ON CONFLICT ("accountId") DO UPDATE SET
    "attractiveness" = EXCLUDED."attractiveness", "strength" = EXCLUDED."strength", "assessedAt" = EXCLUDED."assessedAt",
    "previousAttractiveness" = EXCLUDED."previousAttractiveness", "previousStrength" = EXCLUDED."previousStrength";
$$;

-- Once per statement over the rows it wrote, so a bulk insert (a seed's COPY) recomputes its accounts in one go.
CREATE FUNCTION "assessment_matrix_positions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_matrix_positions"(ARRAY(SELECT DISTINCT "accountId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_matrix_positions"(ARRAY(SELECT DISTINCT "accountId" FROM old_rows));
  ELSE
    -- An update may move assessments between accounts (a duplicate merge): both sides change.
    PERFORM "refresh_matrix_positions"(ARRAY(SELECT "accountId" FROM old_rows UNION SELECT "accountId" FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Assessment_matrix_positions_insert" AFTER INSERT ON "Assessment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_matrix_positions"();
CREATE TRIGGER "Assessment_matrix_positions_update" AFTER UPDATE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_matrix_positions"();
CREATE TRIGGER "Assessment_matrix_positions_delete" AFTER DELETE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_matrix_positions"();

-- The positions of the assessments already there.
SELECT "refresh_matrix_positions"(ARRAY(SELECT DISTINCT "accountId" FROM "Assessment"));

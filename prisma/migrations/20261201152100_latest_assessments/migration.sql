-- CreateTable
CREATE TABLE "LatestAssessment" (
    "accountId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,
    "modelId" TEXT NOT NULL,
    "attractiveness" DECIMAL(6,3),
    "strength" DECIMAL(6,3),
    "attractivenessCompleteness" DECIMAL(5,4) NOT NULL,
    "strengthCompleteness" DECIMAL(5,4) NOT NULL,
    "quadrant" "Quadrant",

    CONSTRAINT "LatestAssessment_pkey" PRIMARY KEY ("accountId")
);

-- AddForeignKey
ALTER TABLE "LatestAssessment" ADD CONSTRAINT "LatestAssessment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LatestAssessment" ADD CONSTRAINT "LatestAssessment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ScoringModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Recomputes the latest assessment of the given accounts (same order as everywhere: assessedAt, then id). An account
-- left without assessments loses its row. ON CONFLICT, because two transactions may both have assessed the same
-- account.
CREATE FUNCTION "refresh_latest_assessments"(accounts TEXT[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "LatestAssessment" l
  WHERE l."accountId" = ANY(accounts) AND NOT EXISTS (SELECT 1 FROM "Assessment" s WHERE s."accountId" = l."accountId");
  INSERT INTO "LatestAssessment" ("accountId", "assessmentId", "assessedAt", "modelId", "attractiveness", "strength",
    "attractivenessCompleteness", "strengthCompleteness", "quadrant")
  SELECT DISTINCT ON (s."accountId") s."accountId", s.id, s."assessedAt", s."modelId", s.attractiveness, s.strength,
    s."attractivenessCompleteness", s."strengthCompleteness", s.quadrant
  FROM "Assessment" s
  WHERE s."accountId" = ANY(accounts)
  ORDER BY s."accountId", s."assessedAt" DESC, s.id DESC
  ON CONFLICT ("accountId") DO UPDATE SET
    "assessmentId" = EXCLUDED."assessmentId", "assessedAt" = EXCLUDED."assessedAt", "modelId" = EXCLUDED."modelId",
    "attractiveness" = EXCLUDED."attractiveness", "strength" = EXCLUDED."strength",
    "attractivenessCompleteness" = EXCLUDED."attractivenessCompleteness",
    "strengthCompleteness" = EXCLUDED."strengthCompleteness", "quadrant" = EXCLUDED."quadrant";
$$;

-- One statement trigger keeps every row derived from the assessments: the matrix positions' triggers are replaced by
-- these, which refresh both tables for the accounts a statement touched, once per statement (a seed's COPY
-- included).
DROP TRIGGER "Assessment_matrix_positions_insert" ON "Assessment";
DROP TRIGGER "Assessment_matrix_positions_update" ON "Assessment";
DROP TRIGGER "Assessment_matrix_positions_delete" ON "Assessment";
DROP FUNCTION "assessment_matrix_positions"();

CREATE FUNCTION "refresh_assessment_rows"(accounts TEXT[]) RETURNS void LANGUAGE sql AS $$
  SELECT "refresh_matrix_positions"(accounts);
  SELECT "refresh_latest_assessments"(accounts);
$$;

CREATE FUNCTION "assessment_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_assessment_rows"(ARRAY(SELECT DISTINCT "accountId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_assessment_rows"(ARRAY(SELECT DISTINCT "accountId" FROM old_rows));
  ELSE
    -- An update may move assessments between accounts (a duplicate merge): both sides change.
    PERFORM "refresh_assessment_rows"(ARRAY(SELECT "accountId" FROM old_rows UNION SELECT "accountId" FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Assessment_rows_insert" AFTER INSERT ON "Assessment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_rows"();
CREATE TRIGGER "Assessment_rows_update" AFTER UPDATE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_rows"();
CREATE TRIGGER "Assessment_rows_delete" AFTER DELETE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "assessment_rows"();

-- The latest assessments of the accounts already assessed.
SELECT "refresh_latest_assessments"(ARRAY(SELECT DISTINCT "accountId" FROM "Assessment"));

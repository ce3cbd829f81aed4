-- CreateTable
CREATE TABLE "PortfolioChange" (
    "xid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,

    CONSTRAINT "PortfolioChange_pkey" PRIMARY KEY ("xid")
);

-- CreateTable
CREATE TABLE "PortfolioSummary" (
    "key" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "snapshot" pg_snapshot NOT NULL,
    "data" JSONB NOT NULL,
    "storedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioSummary_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PortfolioSummaryHorizon" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "horizon" BIGINT NOT NULL,

    CONSTRAINT "PortfolioSummaryHorizon_pkey" PRIMARY KEY ("id")
);

-- Notes the writing transaction once (the first statement of a transaction adds its row, the others find it).
CREATE FUNCTION "note_portfolio_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PortfolioChange" ("xid") VALUES ((pg_current_xact_id())::text::bigint) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- Every table the stored summaries are computed from (the director's dashboard reads accounts with their owners,
-- metrics, windows, health, lifetime values, matrix positions, assessments and models, contacts and their
-- coverage, orders on a day no refresh has covered, and the refresh's own row; teams for the team filters).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Account', 'User', 'AccountMetrics', 'AccountWindow', 'AccountHealth', 'HealthSnapshot',
    'AccountClv', 'ClvFit', 'MatrixPosition', 'Assessment', 'ScoringModel', 'Contact', 'ContactCoverage', 'Order',
    'MetricsRefresh', 'AccountTeamMember', 'SalesTeam', 'SalesTeamMember']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "note_portfolio_change"()',
      t || '_portfolio_change', t);
  END LOOP;
END
$$;

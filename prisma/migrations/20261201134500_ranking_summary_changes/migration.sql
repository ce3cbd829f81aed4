-- The identification page's stored counts read the stored ranking.
CREATE TRIGGER "IdentificationRank_portfolio_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IdentificationRank"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_portfolio_change"();

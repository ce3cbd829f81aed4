-- The tables /whitespace's stored summary is computed from besides those already noted (buying-centre cells and
-- their markets, the offerings catalogue, our stored revenue per buying centre and category, the opportunities).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['WhitespaceCell', 'Offering', 'ProductLine', 'CentreWindow', 'Opportunity']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "note_portfolio_change"()',
      t || '_portfolio_change', t);
  END LOOP;
END
$$;

-- The stored summaries read who users are (name, e-mail, role, status, portfolio scope), never when they signed
-- in, their session version, password or language. Only a change of the former makes the summaries stale, so a
-- sign-in (which stamps lastSignInAt) no longer makes every summary of the portfolio compute again.
DROP TRIGGER "User_portfolio_change" ON "User";
CREATE TRIGGER "User_portfolio_change"
  AFTER INSERT OR UPDATE OF "name", "email", "role", "active", "directorScope" OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_portfolio_change"();

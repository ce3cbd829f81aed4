/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded app database. */
import { applyMigrations } from "../lib/platform/migrations";
import { openDatabase } from "../lib/platform/postgres";

const db = await openDatabase("app");
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}

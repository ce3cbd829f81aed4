import { assertLocalDatabase, openDatabase, recreateDatabase, type RunningDatabase } from "@/lib/platform/postgres";

/**
 * The integration tests' database: a fresh `kam_test` on the embedded test cluster, or, when DATABASE_URL is
 * set, a fresh `<name>_test` database on that server (never the app's own database).
 */
export async function openFreshTestDatabase(): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  let db: RunningDatabase;
  if (external) {
    const url = new URL(external);
    url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || "kam"}_test`;
    db = { url: url.toString(), embedded: false, stop: async () => {} };
  } else {
    db = await openDatabase("test", "kam_test");
  }
  assertLocalDatabase(db.url);
  await recreateDatabase(db.url);
  return db;
}

import { createPrismaClient, type Db } from "@/lib/db/prisma";

/** Kept on globalThis so that tests/support/integration-env.ts can close it before the next file of the worker. */
const state = globalThis as unknown as { kamTestDb?: Db };

/** The Prisma client on the test database (the one the code under test also uses through getDb()). */
export function testDb(): Db {
  state.kamTestDb ??= createPrismaClient(process.env.DATABASE_URL!);
  return state.kamTestDb;
}

/** Empties every table but the migration history, so each test file starts from nothing. */
export async function resetDatabase(db: Db = testDb()) {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSchemas, isEmptyDiff, latestSnapshot } from "@/lib/platform/migrations";
import { recreateDatabase } from "@/lib/platform/postgres";
import { readSchemaFile } from "@/lib/platform/schema-engine";

/** Everything that makes up the schema, read from Postgres' catalogs, in a stable order. */
async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
          character_maximum_length, numeric_precision, numeric_scale
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
      constraints: await q(`SELECT c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
    };
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  const migratedUrl = process.env.DATABASE_URL!;
  const referenceUrl = (() => {
    const url = new URL(migratedUrl);
    url.pathname = `${url.pathname}_schema_reference`;
    return url.toString();
  })();

  beforeAll(async () => {
    // The reference database is built straight from schema.prisma, bypassing the migrations.
    await recreateDatabase(referenceUrl);
    const sql = await diffSchemas(migratedUrl, null, await readSchemaFile());
    const client = new pg.Client({ connectionString: referenceUrl });
    await client.connect();
    // The trigram indexes of schema.prisma need pg_trgm, which a migration creates; the schema cannot declare it
    // (Prisma's extensions support is a preview feature), so the reference gets it the same way.
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await client.query(sql);
    await client.end();
  });

  afterAll(async () => {
    const admin = new URL(referenceUrl);
    const name = admin.pathname.slice(1);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("applying every migration yields exactly the schema of schema.prisma", async () => {
    const [migrated, reference] = await Promise.all([catalog(migratedUrl), catalog(referenceUrl)]);
    expect(migrated.columns.length).toBeGreaterThan(100);
    expect(migrated).toEqual(reference);
  });

  it("the newest migration's snapshot is schema.prisma (run `npm run db:diff -- <name>` after a schema change)", async () => {
    const sql = await diffSchemas(migratedUrl, latestSnapshot(), await readSchemaFile());
    expect(isEmptyDiff(sql), sql).toBe(true);
  });
});

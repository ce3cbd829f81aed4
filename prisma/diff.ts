/**
 * `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes
 * the database from the newest migration's schema snapshot to schema.prisma, and stores the new snapshot.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, isEmptyDiff, latestSnapshot, SNAPSHOT_FILE } from "../lib/platform/migrations";
import { migrationsDir, readSchemaFile, schemaPath } from "../lib/platform/schema-engine";
import { openDatabase } from "../lib/platform/postgres";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:diff -- <migration_name>");
  process.exit(1);
}

const db = await openDatabase("app");
try {
  const sql = await diffSchemas(db.url, latestSnapshot(), await readSchemaFile());
  if (isEmptyDiff(sql)) {
    console.log("schema.prisma matches the newest migration: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync(schemaPath, path.join(dir, SNAPSHOT_FILE));
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate.`);
  }
} finally {
  await db.stop();
}

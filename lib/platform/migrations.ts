import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir, openSchemaEngine, type SchemaFile } from "./schema-engine";

const filters = { externalTables: [], externalEnums: [] };

function loadMigrationsList() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations exactly like `prisma migrate deploy` (recorded in `_prisma_migrations`). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl);
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: loadMigrationsList(), filters });
  return appliedMigrationNames;
}

/** The schema each migration brings the database to is kept beside its SQL, so the next diff starts from it. */
export const SNAPSHOT_FILE = "schema.prisma";

/** The schema after the newest migration, or null when there is none yet. */
export function latestSnapshot(): SchemaFile | null {
  const last = loadMigrationsList().migrationDirectories.at(-1);
  if (!last) return null;
  const file = path.join(migrationsDir, last.path, SNAPSHOT_FILE);
  return { path: file, content: readFileSync(file, "utf8") };
}

/**
 * SQL that turns the schema `from` (null: an empty database) into `to`. Offline: the live database is never
 * introspected (the WASM engine cannot), but the engine still wants a reachable server at `databaseUrl`.
 */
export async function diffSchemas(databaseUrl: string, from: SchemaFile | null, to: SchemaFile): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl, to);
  const result = await engine.diff({
    from: from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [to] },
    script: true,
    exitCode: null,
    filters,
  });
  return result.stdout ?? "";
}

/** True when a diff script holds no statement (only comments or nothing). */
export function isEmptyDiff(sql: string) {
  return sql.replace(/^--.*$/gm, "").trim() === "";
}

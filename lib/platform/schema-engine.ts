import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { splitSqlScript } from "./sql-script";

// The native Prisma schema engine cannot be downloaded on every machine, so migrations run through its WASM
// build. Its ESM entry imports a .wasm file, which Node only loads behind a flag: instantiate it by hand.
const require = createRequire(import.meta.url);
const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");

type Bindings = typeof import("@prisma/schema-engine-wasm");
export type SchemaEngine = Awaited<ReturnType<Bindings["SchemaEngine"]["new"]>>;
export type SchemaFile = { path: string; content: string };

let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Bindings & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

export const schemaPath = path.resolve("prisma/schema.prisma");
export const migrationsDir = path.resolve("prisma/migrations");

export async function readSchemaFile(): Promise<SchemaFile> {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

/**
 * The pg adapter, running a migration script statement by statement as split by splitSqlScript: the adapter's own
 * split at every semicolon cuts a function's body (a trigger's) apart.
 */
function migrationAdapter(databaseUrl: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      for (const sql of splitSqlScript(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
    };
    return adapter;
  };
  return factory;
}

/** A schema engine bound to a database (for applying migrations) through the pure-JS pg adapter. */
export async function openSchemaEngine(databaseUrl: string, datamodel?: SchemaFile): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const schema = datamodel ?? (await readSchemaFile());
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAdapter(databaseUrl));
  return SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
}

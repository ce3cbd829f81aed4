import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/platform/migrations";
import { openFreshTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per run; test files share it and clean up after themselves. */
export default async function setup(project: TestProject) {
  const db = await openFreshTestDatabase();
  await applyMigrations(db.url);
  project.provide("databaseUrl", db.url);
  return () => db.stop();
}

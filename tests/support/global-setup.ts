import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/platform/migrations";
import { recreateDatabase } from "@/lib/platform/postgres";
import { openFreshTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** One migrated database per worker: the test files of one worker run one after another on it. */
    databaseUrls: string[];
  }
}

/** Fresh, migrated databases for the run, one per worker (`kam_test`, `kam_test_2` …); each file cleans what it needs. */
export default async function setup(project: TestProject) {
  const db = await openFreshTestDatabase();
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const urls = Array.from({ length: workers }, (_, i) => {
    if (i === 0) return db.url;
    const url = new URL(db.url);
    url.pathname = `${url.pathname}_${i + 1}`;
    return url.toString();
  });
  await Promise.all(urls.map(async (url, i) => {
    if (i > 0) await recreateDatabase(url);
    await applyMigrations(url);
  }));
  project.provide("databaseUrls", urls);
  return () => db.stop();
}

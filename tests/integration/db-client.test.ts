import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, getDb, type Db } from "@/lib/db/prisma";

const url = process.env.DATABASE_URL!;
const opened: Db[] = [];
const open = (...args: Parameters<typeof createPrismaClient>) => {
  const db = createPrismaClient(...args);
  opened.push(db);
  return db;
};

/** The setting as a session of the client sees it. */
async function parallelWorkers(db: Db) {
  const [row] = await db.$queryRaw<{ value: string }[]>`SELECT current_setting('max_parallel_workers_per_gather') AS value`;
  return row.value;
}

afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
});

describe("database clients", () => {
  it("the app's requests run without parallel plans; the job worker's client keeps Postgres' default", async () => {
    expect(await parallelWorkers(getDb())).toBe("0");
    expect(await parallelWorkers(open(url, { parallelPlans: false }))).toBe("0");
    expect(await parallelWorkers(open(url))).not.toBe("0");
  });

  it("an options parameter in the connection URL takes precedence", async () => {
    const withOptions = `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent("-c max_parallel_workers_per_gather=1")}`;
    expect(await parallelWorkers(open(withOptions, { parallelPlans: false }))).toBe("1");
  });
});

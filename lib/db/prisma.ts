import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type ClientOptions = {
  /**
   * Whether Postgres may run a query on parallel workers (its default). The app's requests turn it off: a page
   * already runs its queries side by side on the pool, and parallel plans on top of that make them compete for
   * the same cores (on 2 cores at 105,000 accounts: the director's board 600 → 280 ms, the dashboard's loaders
   * 1.8 → 1.1 s). The job worker keeps it: it runs one whole-portfolio job at a time. An `options` parameter in
   * the connection URL takes precedence over this.
   */
  parallelPlans?: boolean;
};

/** A client on the pure-JS pg adapter (no native engine). Password hashes are left out unless asked for. */
export function createPrismaClient(connectionString: string, { parallelPlans = true }: ClientOptions = {}) {
  return new PrismaClient({
    adapter: new PrismaPg(parallelPlans ? { connectionString } : { connectionString, options: "-c max_parallel_workers_per_gather=0" }),
    omit: { user: { passwordHash: true } },
    // Under load every pooled connection can be busy with page reads for a moment: a write waits for one (up to
    // 10 s, like the long-running writes) instead of failing after Prisma's default 2 s.
    transactionOptions: { maxWait: 10_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** What a `$transaction(async (tx) => …)` callback receives (with the client's omissions, e.g. no password hash). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForPrisma = globalThis as unknown as { kamPrisma?: Db };

/**
 * The process-wide client for DATABASE_URL (set by the start and test scripts), created on first use: the one the
 * app's requests use, without parallel plans.
 */
export function getDb(): Db {
  if (!globalForPrisma.kamPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForPrisma.kamPrisma = createPrismaClient(url, { parallelPlans: false });
  }
  return globalForPrisma.kamPrisma;
}

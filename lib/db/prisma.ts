import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A client on the pure-JS pg adapter (no native engine). Password hashes are left out unless asked for. */
export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
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

/** The process-wide client for DATABASE_URL (set by the start and test scripts), created on first use. */
export function getDb(): Db {
  if (!globalForPrisma.kamPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForPrisma.kamPrisma = createPrismaClient(url);
  }
  return globalForPrisma.kamPrisma;
}

import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAccount } from "./accounts";

export type MetricsSpec = Partial<Omit<Prisma.AccountMetricsUncheckedCreateInput, "accountId">>;

/** An account with its cached metrics row (as the analytics refresh would write it), for list tests. */
export async function createListedAccount(
  db: Db,
  account: Parameters<typeof createAccount>[1],
  metrics: MetricsSpec | null = {},
) {
  const created = await createAccount(db, account);
  if (metrics) await db.accountMetrics.create({ data: { accountId: created.id, ...metrics } });
  return created;
}

import type { Db } from "@/lib/db/prisma";
import type { ContactFunction, ContactLevel, Prisma } from "@/lib/generated/prisma/client";
import { createAccount } from "./accounts";

/** An account on the board with its 12-month revenue in AccountMetrics (what the board reads). */
export async function createBoardAccount(
  db: Db,
  { revenue12m = 0, rfmSegment = null, ...account }: Parameters<typeof createAccount>[1] & { revenue12m?: number; rfmSegment?: string | null },
) {
  const created = await createAccount(db, account as Parameters<typeof createAccount>[1]);
  await db.accountMetrics.create({ data: { accountId: created.id, revenue12m, rfmSegment } });
  return created;
}

export type CoverageSpec = { level: ContactLevel; function: ContactFunction; coveredBy: string[] };

/** Contacts of an account, each covered by the given users (ContactCoverage lines). */
export async function createCoverage(db: Db, accountId: string, contacts: readonly CoverageSpec[]) {
  for (const [index, spec] of contacts.entries()) {
    const data: Prisma.ContactUncheckedCreateInput = {
      accountId,
      name: `Contact ${index + 1}`,
      level: spec.level,
      function: spec.function,
      coverages: { create: spec.coveredBy.map((userId) => ({ userId })) },
    };
    await db.contact.create({ data });
  }
}

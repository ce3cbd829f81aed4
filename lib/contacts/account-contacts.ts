import "server-only";
import { analyseCoverage } from "@/lib/coverage";
import type { ReadDb } from "@/lib/db/read-only";

/**
 * The contacts tab: current contacts with who covers them, the coverage analysis (current contacts only) and those
 * who left the customer. The people to add as coverers are found by name (lib/users/choices).
 */
export async function loadContactsTab(db: ReadDb, accountId: string) {
  const [account, all] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, stage: true } }),
    db.contact.findMany({
      where: { accountId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      include: { coverages: { select: { userId: true, user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } } },
    }),
  ]);
  if (!account) return null;
  const contacts = all.filter((contact) => contact.leftAt === null);
  const left = all.filter((contact) => contact.leftAt !== null);
  const analysis = analyseCoverage(
    contacts,
    contacts.flatMap((contact) => contact.coverages.map(({ userId }) => ({ contactId: contact.id, userId }))),
    { stage: account.stage },
  );
  return { account, contacts, left, analysis };
}

export type ContactsTabData = NonNullable<Awaited<ReturnType<typeof loadContactsTab>>>;
export type ContactRow = ContactsTabData["contacts"][number];

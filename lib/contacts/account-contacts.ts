import "server-only";
import { analyseCoverage } from "@/lib/coverage";
import type { ReadDb } from "@/lib/db/read-only";
import { listActiveUsers } from "@/lib/team/queries";

/**
 * The contacts tab: current contacts with who covers them, the coverage analysis (current contacts only), those who
 * left the customer, and the users to pick from.
 */
export async function loadContactsTab(db: ReadDb, accountId: string) {
  const [account, all, users] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, stage: true } }),
    db.contact.findMany({
      where: { accountId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      include: { coverages: { select: { userId: true, user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } } },
    }),
    listActiveUsers(db),
  ]);
  if (!account) return null;
  const contacts = all.filter((contact) => contact.leftAt === null);
  const left = all.filter((contact) => contact.leftAt !== null);
  const analysis = analyseCoverage(
    contacts,
    contacts.flatMap((contact) => contact.coverages.map(({ userId }) => ({ contactId: contact.id, userId }))),
    { stage: account.stage },
  );
  return { account, contacts, left, users, analysis };
}

export type ContactsTabData = NonNullable<Awaited<ReturnType<typeof loadContactsTab>>>;
export type ContactRow = ContactsTabData["contacts"][number];

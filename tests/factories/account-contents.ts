import type { Db } from "@/lib/db/prisma";
import { createAccount } from "./accounts";
import { createUser } from "./users";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

/** A contact of `accountId` with a unique name; defaults to a purchasing manager. */
export async function createContact(db: Db, accountId: string, overrides: Partial<Omit<Prisma.ContactUncheckedCreateInput, "accountId">> = {}) {
  sequence += 1;
  return db.contact.create({
    data: { name: `Contact ${sequence}`, function: "PURCHASING", level: "MANAGER", ...overrides, accountId },
  });
}

/** A coverage line: our `userId` covers `contactId`. */
export function createCoverage(db: Db, contactId: string, userId: string) {
  return db.contactCoverage.create({ data: { contactId, userId } });
}

/** A plan with one objective and one open task, owned by `userId`. */
export async function createPlan(db: Db, accountId: string, userId: string) {
  sequence += 1;
  return db.accountPlan.create({
    data: {
      accountId,
      title: `Plan ${sequence}`,
      createdById: userId,
      objectives: { create: [{ title: "Widen contacts", position: 0, tasks: { create: [{ title: "Meet the CFO", position: 0, ownerId: userId }] } }] },
    },
    include: { objectives: { include: { tasks: true } } },
  });
}

export function createComplaint(db: Db, accountId: string, overrides: Partial<Omit<Prisma.ComplaintUncheckedCreateInput, "accountId">> = {}) {
  sequence += 1;
  return db.complaint.create({ data: { openedAt: new Date(), severity: "MEDIUM", summary: `Complaint ${sequence}`, ...overrides, accountId } });
}

/**
 * The cast of the account page tests: a manager who owns `mine` (Cooperative, Star), a colleague on its team,
 * a manager who owns `theirs`, and a director.
 */
export async function createAccountFixture(db: Db) {
  const [owner, teamMate, other, director] = await Promise.all([
    createUser(db, { role: "MANAGER", name: "Owner Manager" }),
    createUser(db, { role: "MANAGER", name: "Team Mate" }),
    createUser(db, { role: "MANAGER", name: "Other Manager" }),
    createUser(db, { role: "DIRECTOR", name: "Director" }),
  ]);
  const mine = await createAccount(db, { ownerId: owner.id, stage: "COOPERATIVE", quadrant: "STAR" });
  const theirs = await createAccount(db, { ownerId: other.id, stage: "BASIC", quadrant: "DOG" });
  await db.accountTeamMember.create({ data: { accountId: mine.id, userId: teamMate.id, teamRole: "FINANCE" } });
  return { owner, teamMate, other, director, mine, theirs };
}

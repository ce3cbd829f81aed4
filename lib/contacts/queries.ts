import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { CONTACT_PAGE_SIZE, type ContactSortKey, type TContactListQuery } from "@/lib/contacts/list-query";
import type { ContactSummary } from "@/lib/contacts/types";
import { startOfUtcDay } from "@/lib/dates";
import { summarized } from "@/lib/db/portfolio-summary";
import { likePattern } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/prisma";

export type ContactListRow = ContactSummary & {
  accountId: string;
  accountName: string;
  ownerName: string;
  coveredBy: string[];
};

/** Enum columns sort in declaration order (board → staff), which is what the user expects. */
const ORDER_BY: Record<ContactSortKey, Prisma.Sql> = {
  name: Prisma.sql`c.name`,
  account: Prisma.sql`a.name`,
  level: Prisma.sql`c.level`,
  function: Prisma.sql`c."function"`,
  role: Prisma.sql`c."buyingRole"`,
  personality: Prisma.sql`c."personalityType"`,
  attitude: Prisma.sql`c.attitude`,
  strength: Prisma.sql`c."relationshipStrength"`,
  coverage: Prisma.sql`cardinality(cov.names)`,
};


/** The list's conditions: the first (active accounts) always, then one per filter set. */
function whereParts(user: SessionUser, query: TContactListQuery): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [Prisma.sql`NOT a.archived`];
  if (query.q) {
    const p = likePattern(query.q);
    parts.push(Prisma.sql`(c.name ILIKE ${p} OR c.title ILIKE ${p} OR c.department ILIKE ${p} OR a.name ILIKE ${p})`);
  }
  if (query.level) parts.push(Prisma.sql`c.level = ${query.level}::"ContactLevel"`);
  if (query.function) parts.push(Prisma.sql`c."function" = ${query.function}::"ContactFunction"`);
  if (query.role) parts.push(Prisma.sql`c."buyingRole" = ${query.role}::"BuyingRole"`);
  if (query.personality) parts.push(Prisma.sql`c."personalityType" = ${query.personality}::"PersonalityType"`);
  if (query.attitude) parts.push(Prisma.sql`c.attitude = ${query.attitude}::"Attitude"`);
  if (query.owner) parts.push(Prisma.sql`a."ownerId" = ${query.owner === "me" ? user.id : query.owner}`);
  return parts;
}

/** Bump when the stored count changes shape: summaries stored by the code before are then never read. */
export const CONTACT_COUNT_KEY = "contacts:v1:total";

/**
 * How many contacts match. Without a filter that is every contact of every active account, the same for every
 * viewer: kept as a stored summary until a contact or an account changes (lib/db/portfolio-summary.ts).
 */
async function contactCount(db: Db, where: Prisma.Sql, filtered: boolean): Promise<number> {
  const count = async () => {
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Contact" c JOIN "Account" a ON a.id = c."accountId" WHERE ${where}`;
    return total;
  };
  return filtered ? count() : summarized(db, CONTACT_COUNT_KEY, startOfUtcDay(new Date()), count);
}

/**
 * One page of contacts across all accounts (of non-archived accounts), with the account, its owner and our
 * people covering each contact: ONE query for the page plus one count, whatever the page size.
 */
export async function listContacts(db: Db, user: SessionUser, query: TContactListQuery) {
  const parts = whereParts(user, query);
  const where = Prisma.join(parts, " AND ");
  const page = query.page ?? 1;
  const dir = query.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const orderBy = ORDER_BY[query.sort ?? "name"];
  const [rows, total] = await Promise.all([
    db.$queryRaw<ContactListRow[]>`
      SELECT c.id, c.name, c.title, c.department, c."function", c.level, c."buyingRole", c."personalityType", c.attitude,
        c."relationshipStrength", a.id AS "accountId", a.name AS "accountName", o.name AS "ownerName", cov.names AS "coveredBy"
      FROM "Contact" c
      JOIN "Account" a ON a.id = c."accountId"
      JOIN "User" o ON o.id = a."ownerId"
      CROSS JOIN LATERAL (
        SELECT COALESCE(array_agg(u.name ORDER BY u.name), '{}') AS names
        FROM "ContactCoverage" cc JOIN "User" u ON u.id = cc."userId" WHERE cc."contactId" = c.id
      ) cov
      WHERE ${where}
      ORDER BY ${orderBy} ${dir}, c.name ASC, c.id ASC
      LIMIT ${CONTACT_PAGE_SIZE} OFFSET ${(page - 1) * CONTACT_PAGE_SIZE}`,
    contactCount(db, where, parts.length > 1),
  ]);
  return { rows, total, page, pageSize: CONTACT_PAGE_SIZE };
}

/** A contact with its account, our people covering it (and their team role there) and the latest activities with it. */
export async function getContactDetail(db: Db, id: string) {
  return db.contact.findUnique({
    where: { id },
    include: {
      account: {
        select: {
          id: true, name: true, stage: true, isKeyAccount: true, archived: true, ownerId: true,
          owner: { select: { id: true, name: true } },
          team: { select: { userId: true, teamRole: true, formal: true } },
        },
      },
      coverages: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      activities: {
        orderBy: { occurredAt: "desc" },
        take: 10,
        select: { id: true, type: true, occurredAt: true, summary: true, user: { select: { name: true } } },
      },
    },
  });
}
export type ContactDetail = NonNullable<Awaited<ReturnType<typeof getContactDetail>>>;

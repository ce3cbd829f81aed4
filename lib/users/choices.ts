import "server-only";
import { likePattern } from "@/lib/db/sql";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PeopleAmong, TPeopleSearch } from "./schemas";

/**
 * The people a picker offers, found as the user types: a portfolio has hundreds of managers, too many to send
 * with every page as the options of a select.
 */

export type PersonChoice = { id: string; name: string; email: string };

/** How many people one search answers; more means "type more of the name". */
export const PERSON_CHOICES_LIMIT = 10;

const amongSql: Record<PeopleAmong, Prisma.Sql> = {
  owners: Prisma.sql`EXISTS (SELECT 1 FROM "Account" a WHERE a."ownerId" = u.id AND NOT a.archived)`,
  ownersWithArchived: Prisma.sql`EXISTS (SELECT 1 FROM "Account" a WHERE a."ownerId" = u.id)`,
  active: Prisma.sql`u.active`,
};

/**
 * The people among `among` whose name or e-mail contains `q` (everyone when blank), by name, at most `limit`. A
 * deactivated owner is offered by name only: as in quick-find, only active users' e-mail addresses are shown to
 * everyone (empty otherwise, and not searched).
 */
export function searchPeople(db: ReadDb, { q, among }: TPeopleSearch, limit = PERSON_CHOICES_LIMIT): Promise<PersonChoice[]> {
  const text = q ? Prisma.sql`AND (u.name ILIKE ${likePattern(q)} OR (u.active AND u.email ILIKE ${likePattern(q)}))` : Prisma.empty;
  return db.$queryRaw<PersonChoice[]>`
    SELECT u.id, u.name, CASE WHEN u.active THEN u.email ELSE '' END AS email FROM "User" u
    WHERE ${amongSql[among]} ${text}
    ORDER BY u.name, u.id
    LIMIT ${limit}`;
}

/** The person a picker starts on (the owner a filter or form already holds), or null for an unknown id. */
export async function personChoice(db: ReadDb, id: string | null | undefined): Promise<PersonChoice | null> {
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}

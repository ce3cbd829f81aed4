import "server-only";
import { z } from "zod";
import type { ReadDb } from "@/lib/db/read-only";
import { notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Locale, PortfolioScope, Role } from "@/lib/generated/prisma/enums";
import { afterCursor, boolFilter, iso, isoOrNull, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiUser = z
  .object({
    id: out.id(),
    email: z.string(),
    name: z.string(),
    role: z.enum(Role),
    directorScope: z.enum(PortfolioScope),
    locale: z.enum(Locale),
    active: z.boolean(),
    lastSignInAt: out.dateTime().nullable(),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "User" });

export const ZApiUserPage = z.object({ data: z.array(ZApiUser), ...ZPageMeta }).meta({ id: "UserPage" });

const SELECT = {
  id: true, email: true, name: true, role: true, directorScope: true, locale: true, active: true, lastSignInAt: true, createdAt: true, updatedAt: true,
} as const satisfies Prisma.UserSelect;
type Row = Prisma.UserGetPayload<{ select: typeof SELECT }>;

const userJson = (u: Row): z.infer<typeof ZApiUser> => ({
  ...u, lastSignInAt: isoOrNull(u.lastSignInAt), createdAt: iso(u.createdAt), updatedAt: iso(u.updatedAt),
});

export const ZApiUserListQuery = z.object({
  ...listQuery,
  role: z.enum(Role).optional(),
  active: boolFilter("Only active (true) or only deactivated (false) users."),
});

export async function listUsers(db: ReadDb, q: z.infer<typeof ZApiUserListQuery>) {
  const where: Prisma.UserWhereInput = {
    AND: [afterCursor("updatedAt", q.cursor), q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {}, { role: q.role, active: q.active }],
  };
  const rows = await db.user.findMany({ where, select: SELECT, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (u) => ({ at: u.updatedAt, id: u.id }));
  return { data: page.data.map(userJson), nextCursor: page.nextCursor };
}

export async function getUser(db: ReadDb, id: string) {
  const row = await db.user.findUnique({ where: { id }, select: SELECT });
  if (!row) throw notFound();
  return userJson(row);
}

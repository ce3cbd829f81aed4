import "server-only";
import { likePattern } from "@/lib/db/sql";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale, PortfolioScope, Role, UserTokenPurpose } from "@/lib/generated/prisma/enums";
import { USER_PAGE_SIZE, type TUserListQuery, type UserSortKey, type UserStatus } from "./schemas";

export type UserListRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  status: UserStatus;
  lastSignInAt: Date | null;
  teams: string[];
};

export type UserListPage = { rows: UserListRow[]; total: number; page: number; pageSize: number };

const SORT_SQL: Record<UserSortKey, Prisma.Sql> = {
  name: Prisma.sql`u.name`,
  email: Prisma.sql`u.email`,
  role: Prisma.sql`u.role`,
  lastSignIn: Prisma.sql`u."lastSignInAt"`,
};

const STATUS_SQL: Record<UserStatus, Prisma.Sql> = {
  active: Prisma.sql`u.active AND u."passwordHash" IS NOT NULL`,
  invited: Prisma.sql`u.active AND u."passwordHash" IS NULL`,
  inactive: Prisma.sql`NOT u.active`,
};

function whereSql(query: TUserListQuery): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(Prisma.sql`(u.name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
  }
  if (query.role) conditions.push(Prisma.sql`u.role = ${query.role}::"Role"`);
  if (query.team) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "SalesTeamMember" f_m WHERE f_m."userId" = u.id AND f_m."teamId" = ${query.team})`);
  if (query.status) conditions.push(STATUS_SQL[query.status]);
  return Prisma.join(conditions, " AND ");
}

/** One page of users with their teams and status, in one statement (a window count gives the total). */
export async function listUsers(db: ReadDb, query: TUserListQuery): Promise<UserListPage> {
  const page = query.page ?? 1;
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  const where = whereSql(query);
  const rows = await db.$queryRaw<(UserListRow & { total: number })[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u.locale::text AS locale, u."lastSignInAt",
      CASE WHEN NOT u.active THEN 'inactive' WHEN u."passwordHash" IS NULL THEN 'invited' ELSE 'active' END AS status,
      COALESCE((SELECT array_agg(t.name ORDER BY t.name) FROM "SalesTeamMember" m JOIN "SalesTeam" t ON t.id = m."teamId" WHERE m."userId" = u.id), '{}') AS teams,
      count(*) OVER ()::int AS total
    FROM "User" u WHERE ${where}
    ORDER BY ${SORT_SQL[query.sort ?? "name"]} ${dir} NULLS LAST, u.name ASC, u.id ASC
    LIMIT ${USER_PAGE_SIZE} OFFSET ${(page - 1) * USER_PAGE_SIZE}`;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const [count] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "User" u WHERE ${where}`;
    total = count.total;
  }
  return { rows, total, page, pageSize: USER_PAGE_SIZE };
}

export type UserDetail = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  active: boolean;
  hasPassword: boolean;
  directorScope: PortfolioScope;
  lastSignInAt: Date | null;
  createdAt: Date;
  teams: { id: string; name: string; leads: boolean }[];
  ledTeams: { id: string; name: string }[];
  openLink: { purpose: UserTokenPurpose; expiresAt: Date } | null;
};

/** A user as the admin's user page shows it, or null. */
export async function getUserDetail(db: ReadDb, id: string, now = new Date()): Promise<UserDetail | null> {
  const user = await db.user.findUnique({
    where: { id },
    omit: { passwordHash: false },
    include: {
      salesTeams: { select: { team: { select: { id: true, name: true, leaderId: true } } } },
      ledTeams: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      tokens: { where: { usedAt: null, expiresAt: { gt: now } }, select: { purpose: true, expiresAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    directorScope: user.directorScope,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    teams: user.salesTeams
      .map(({ team }) => ({ id: team.id, name: team.name, leads: team.leaderId === user.id }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    ledTeams: user.ledTeams,
    openLink: user.tokens[0] ?? null,
  };
}

export type TeamChoice = { id: string; name: string };

/** Every sales team, A→Z: the choices of a user's teams. */
export function teamChoices(db: ReadDb): Promise<TeamChoice[]> {
  return db.salesTeam.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

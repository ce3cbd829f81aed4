import "server-only";
import { DAY_MS } from "@/lib/dates";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE, type TAuditQuery } from "./schemas";

export type AuditRow = {
  id: string;
  at: Date;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageSize: number };

/** `to` is a whole day: entries before the next midnight (UTC) are in. */
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

function whereSql(query: TAuditQuery): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (query.user) conditions.push(Prisma.sql`l."userId" = ${query.user}`);
  if (query.entity) conditions.push(Prisma.sql`l."entityType" = ${query.entity}`);
  if (query.action) conditions.push(Prisma.sql`l.action = ${query.action}`);
  if (query.from) conditions.push(Prisma.sql`l.at >= ${dayStart(query.from)}`);
  if (query.to) conditions.push(Prisma.sql`l.at < ${new Date(dayStart(query.to).getTime() + DAY_MS)}`);
  return Prisma.join(conditions, " AND ");
}

const SELECT = Prisma.sql`
  SELECT l.id, l.at, l."userId", u.name AS "userName", u.email AS "userEmail", l."entityType", l."entityId", l.action, l.before, l.after
  FROM "AuditLog" l LEFT JOIN "User" u ON u.id = l."userId"`;

/** One page of the log, newest first. */
export async function listAudit(db: ReadDb, query: TAuditQuery): Promise<AuditPage> {
  const page = query.page ?? 1;
  const where = whereSql(query);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<AuditRow[]>`${SELECT} WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(page - 1) * AUDIT_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "AuditLog" l WHERE ${where}`,
  ]);
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE };
}

/** The whole filtered log, newest first, in batches so memory stays flat (the CSV export). */
export async function* exportAudit(db: ReadDb, query: TAuditQuery, batchSize = 1000) {
  const where = whereSql(query);
  for (let offset = 0; ; offset += batchSize) {
    const batch = await db.$queryRaw<AuditRow[]>`${SELECT} WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT ${batchSize} OFFSET ${offset}`;
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
  }
}

export type AuditFilterOptions = { users: { id: string; name: string }[]; entityTypes: string[]; actions: string[] };

/** The choices of the filters: the people, entity types and actions that occur in the log. */
export async function auditFilterOptions(db: ReadDb): Promise<AuditFilterOptions> {
  const [users, entityTypes, actions] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u.id, u.name FROM "User" u WHERE EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."userId" = u.id) ORDER BY u.name, u.id`,
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT "entityType" AS value FROM "AuditLog" ORDER BY 1`,
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT action AS value FROM "AuditLog" ORDER BY 1`,
  ]);
  return { users, entityTypes: entityTypes.map((r) => r.value), actions: actions.map((r) => r.value) };
}

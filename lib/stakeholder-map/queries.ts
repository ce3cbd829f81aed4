import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { buildStakeholderMap, DEFAULT_UNTOUCHED_DAYS } from "@/lib/stakeholders";

const CONTACT_FIELDS = {
  id: true, name: true, title: true, department: true, level: true, function: true, buyingRole: true, attitude: true,
  influence: true, reportsToId: true, leftAt: true, newEmployer: true, createdAt: true,
} as const;

/**
 * The last touch of each contact of the account: the latest activity he was the subject of or took part in.
 * One statement over both links, so a contact met in a meeting about someone else counts as touched.
 */
function lastTouches(db: ReadDb, accountId: string) {
  return db.$queryRaw<{ contactId: string; at: Date }[]>`
    SELECT "contactId", max("occurredAt") AS at FROM (
      SELECT a."contactId", a."occurredAt" FROM "Activity" a WHERE a."accountId" = ${accountId} AND a."contactId" IS NOT NULL
      UNION ALL
      SELECT p."contactId", a."occurredAt" FROM "ActivityParticipant" p JOIN "Activity" a ON a.id = p."activityId"
      WHERE a."accountId" = ${accountId}
    ) touches
    GROUP BY "contactId"`;
}

/**
 * An account's stakeholder map: its contacts (live and left) with manager, influence, attitude, buying role,
 * level and exact last touch, our people covering each with their levels, and the gaps (the people to add as
 * coverers are found by name, lib/users/choices). Two statements run side by side, whatever the number of contacts.
 */
export async function loadStakeholderMap(db: ReadDb, accountId: string, options: { now: Date; untouchedDays?: number }) {
  const [contacts, touches] = await Promise.all([
    db.contact.findMany({
      where: { accountId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        ...CONTACT_FIELDS,
        coverages: {
          orderBy: { createdAt: "asc" },
          select: { userId: true, levelNow: true, levelWanted: true, user: { select: { name: true } } },
        },
      },
    }),
    lastTouches(db, accountId),
  ]);
  const touchOf = new Map(touches.map((row) => [row.contactId, row.at]));
  const rows = contacts.map(({ coverages, ...contact }) => ({ ...contact, lastTouchAt: touchOf.get(contact.id) ?? null, coverages }));
  const map = buildStakeholderMap(
    rows,
    rows.flatMap((row) => row.coverages.map((line) => ({ contactId: row.id, userId: line.userId, levelNow: line.levelNow, levelWanted: line.levelWanted }))),
    { now: options.now, untouchedDays: options.untouchedDays ?? DEFAULT_UNTOUCHED_DAYS },
  );
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  const toCard = (row: (typeof rows)[number]) => ({
    id: row.id, name: row.name, title: row.title, department: row.department, level: row.level, function: row.function,
    buyingRole: row.buyingRole, attitude: row.attitude, influence: row.influence, reportsToId: row.reportsToId,
    leftAt: day(row.leftAt), newEmployer: row.newEmployer, lastTouchAt: day(row.lastTouchAt),
    coverage: row.coverages.map((line) => ({ userId: line.userId, name: line.user.name, levelNow: line.levelNow, levelWanted: line.levelWanted })),
  });
  return {
    nodes: map.nodes.map((node) => ({
      ...toCard(node.contact), key: node.key, uncoveredDecisionMaker: node.uncoveredDecisionMaker, untouched: node.untouched, daysSinceTouch: node.daysSinceTouch,
    })),
    edges: map.edges,
    left: map.left.map(toCard),
    gaps: map.gaps,
    untouchedDays: options.untouchedDays ?? DEFAULT_UNTOUCHED_DAYS,
  };
}

export type StakeholderMapData = Awaited<ReturnType<typeof loadStakeholderMap>>;
export type MapNode = StakeholderMapData["nodes"][number];
export type LeftContact = StakeholderMapData["left"][number];

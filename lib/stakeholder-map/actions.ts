"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, conflict, invalidFields, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { departureProblem, filledFields, higherLevel, reportsToProblem, wouldCreateCycle } from "@/lib/stakeholders";
import { fieldIssue } from "@/lib/validation/field-errors";
import { ZContactRef, ZMarkLeft, ZMergeContacts, ZSetCoverageLevels, ZSetInfluence, ZSetReportsTo } from "./schemas";

/*
 * Every action here writes with `account:`, so the account is locked and the edit rule checked in the same
 * transaction, and once it committed the per-account refresh job is queued (metrics, health and alerts such as a
 * lost sponsor catch up from there).
 */

async function contactOfAccount(tx: Tx, accountId: string, contactId: string) {
  const contact = await tx.contact.findFirst({ where: { id: contactId, accountId } });
  if (!contact) throw notFound();
  return contact;
}

const REPORTS_TO_MESSAGE = {
  unknownManager: "stakeholders.errors.unknownManager",
  otherAccount: "stakeholders.errors.otherAccount",
  cycle: "stakeholders.errors.cycle",
} as const;

export const setReportsToAction = defineAction(
  { schema: ZSetReportsTo, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, reportsToId }, { user, tx, account }) => {
    const before = await contactOfAccount(tx, account.id, contactId);
    const org = await tx.contact.findMany({ where: { accountId: account.id }, select: { id: true, accountId: true, reportsToId: true, leftAt: true } });
    // A manager of another account is not among `org`: look him up to tell "other account" from "unknown".
    const elsewhere = reportsToId && !org.some((c) => c.id === reportsToId)
      ? await tx.contact.findUnique({ where: { id: reportsToId }, select: { id: true, accountId: true, reportsToId: true, leftAt: true } })
      : null;
    const problem = reportsToProblem(elsewhere ? [...org, elsewhere] : org, contactId, reportsToId);
    if (problem && problem !== "unknownContact") {
      throw invalidFields(fieldIssue("reportsToId", REPORTS_TO_MESSAGE[problem]), REPORTS_TO_MESSAGE[problem]);
    }
    if (reportsToId && org.find((c) => c.id === reportsToId)?.leftAt) {
      throw invalidFields(fieldIssue("reportsToId", "stakeholders.errors.managerLeft"), "stakeholders.errors.managerLeft");
    }
    const after = await tx.contact.update({ where: { id: contactId }, data: { reportsToId } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "setReportsTo", before, after });
    return { id: contactId };
  },
);

export const setInfluenceAction = defineAction(
  { schema: ZSetInfluence, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, influence }, { user, tx, account }) => {
    const before = await contactOfAccount(tx, account.id, contactId);
    const after = await tx.contact.update({ where: { id: contactId }, data: { influence } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "setInfluence", before, after });
    return { id: contactId };
  },
);

export const setCoverageLevelsAction = defineAction(
  { schema: ZSetCoverageLevels, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, userId, levelNow, levelWanted }, { user, tx, account }) => {
    await contactOfAccount(tx, account.id, contactId);
    const before = await tx.contactCoverage.findUnique({ where: { contactId_userId: { contactId, userId } } });
    if (!before) throw notFound();
    const after = await tx.contactCoverage.update({ where: { id: before.id }, data: { levelNow, levelWanted } });
    await writeAudit(tx, {
      userId: user.id, entityType: "ContactCoverage", entityId: before.id, action: "setLevels",
      before: { ...before, accountId: account.id }, after: { ...after, accountId: account.id },
    });
    return { id: before.id };
  },
);

/**
 * The contact left the customer: his coverage lines go (each audited, so who covered him stays on record), he
 * leaves the live map and stays listed as "left" with his activities. His reports keep their pointer: the map
 * shows them without a manager until someone sets a new one.
 */
export const markContactLeftAction = defineAction(
  { schema: ZMarkLeft, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, leftAt, newEmployer }, { user, tx, account }) => {
    const before = await contactOfAccount(tx, account.id, contactId);
    if (before.leftAt) throw new AppError("stakeholders.errors.alreadyLeft", "CONFLICT");
    const day = new Date(`${leftAt}T00:00:00Z`);
    const problem = departureProblem(day, before.createdAt, new Date());
    if (problem) {
      const key = problem === "future" ? "stakeholders.errors.leftInFuture" : "stakeholders.errors.leftBeforeCreated";
      throw invalidFields(fieldIssue("leftAt", key), key);
    }
    const coverage = await tx.contactCoverage.findMany({ where: { contactId } });
    await tx.contactCoverage.deleteMany({ where: { contactId } });
    for (const line of coverage) {
      await writeAudit(tx, {
        userId: user.id, entityType: "ContactCoverage", entityId: line.id, action: "delete",
        before: { ...line, accountId: account.id, reason: "contactLeft" },
      });
    }
    const after = await tx.contact.update({ where: { id: contactId }, data: { leftAt: day, newEmployer } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "left", before, after: { ...after, removedCoverage: coverage.length } });
    return { id: contactId, removedCoverage: coverage.length };
  },
);

/** Undoes "left" (a mistake, or he came back): he is live again; coverage is assigned afresh. */
export const reinstateContactAction = defineAction(
  { schema: ZContactRef, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId }, { user, tx, account }) => {
    const before = await contactOfAccount(tx, account.id, contactId);
    if (!before.leftAt) throw conflict();
    const after = await tx.contact.update({ where: { id: contactId }, data: { leftAt: null, newEmployer: null } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "reinstate", before, after });
    return { id: contactId };
  },
);

/**
 * Deletes a contact for good (the UI asks first). Coverage, participations and review links go by cascade; his
 * activities stay without a subject and his reports without a manager. The audit row keeps the whole record.
 */
export const deleteContactAction = defineAction(
  { schema: ZContactRef, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId }, { user, tx, account }) => {
    await contactOfAccount(tx, account.id, contactId);
    const before = await tx.contact.findUniqueOrThrow({
      where: { id: contactId },
      include: {
        coverages: true,
        participated: { select: { activityId: true } },
        directs: { select: { id: true } },
        activities: { select: { id: true } },
      },
    });
    await tx.contact.delete({ where: { id: contactId } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "delete", before });
  },
);

const FILLABLE = ["title", "department", "buyingRole", "personalityType", "email", "phone", "explicitNeeds", "implicitNeeds", "influence", "reportsToId"] as const;

/**
 * Merges a duplicate into the kept contact: activities he was the subject of, his participations and review
 * links, his coverage (one line per user, the higher levels kept), his reports, and the fields the kept one
 * lacks. The duplicate is then deleted; the audit keeps both records.
 */
export const mergeContactsAction = defineAction(
  { schema: ZMergeContacts, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, otherId }, { user, tx, account }) => {
    if (contactId === otherId) throw invalidFields(fieldIssue("otherId", "stakeholders.errors.mergeSelf"), "stakeholders.errors.mergeSelf");
    const kept = await contactOfAccount(tx, account.id, contactId);
    const other = await tx.contact.findFirst({ where: { id: otherId, accountId: account.id }, include: { coverages: true } });
    if (!other) throw invalidFields(fieldIssue("otherId", "stakeholders.errors.mergeOtherAccount"), "stakeholders.errors.mergeOtherAccount");

    const movedActivities = await tx.activity.updateMany({ where: { contactId: otherId }, data: { contactId } });
    await tx.$executeRaw`
      INSERT INTO "ActivityParticipant" ("activityId", "contactId")
      SELECT "activityId", ${contactId} FROM "ActivityParticipant" WHERE "contactId" = ${otherId}
      ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`
      INSERT INTO "BusinessReviewContact" ("reviewId", "contactId")
      SELECT "reviewId", ${contactId} FROM "BusinessReviewContact" WHERE "contactId" = ${otherId}
      ON CONFLICT DO NOTHING`;

    const keptCoverage = await tx.contactCoverage.findMany({ where: { contactId } });
    for (const line of other.coverages) {
      const same = keptCoverage.find((k) => k.userId === line.userId);
      if (same) {
        await tx.contactCoverage.update({
          where: { id: same.id },
          data: { levelNow: higherLevel(same.levelNow, line.levelNow), levelWanted: higherLevel(same.levelWanted, line.levelWanted) },
        });
        await tx.contactCoverage.delete({ where: { id: line.id } });
      } else {
        await tx.contactCoverage.update({ where: { id: line.id }, data: { contactId } });
      }
    }

    // His reports now report to the kept contact (the kept one himself excepted).
    await tx.contact.updateMany({ where: { reportsToId: otherId, id: { not: contactId } }, data: { reportsToId: contactId } });
    const fill = filledFields(kept, other, FILLABLE);
    let reportsToId = kept.reportsToId === otherId ? other.reportsToId : (fill.reportsToId ?? kept.reportsToId);
    if (reportsToId === otherId || reportsToId === contactId) reportsToId = null;
    if (reportsToId) {
      const org = await tx.contact.findMany({ where: { accountId: account.id, id: { not: otherId } }, select: { id: true, reportsToId: true } });
      // Moving the duplicate's reports under the kept contact could close a loop through his old manager: then none.
      if (wouldCreateCycle(org, contactId, reportsToId)) reportsToId = null;
    }
    await tx.contact.delete({ where: { id: otherId } });
    const after = await tx.contact.update({ where: { id: contactId }, data: { ...fill, reportsToId } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: otherId, action: "delete", before: { ...other, mergedInto: contactId } });
    await writeAudit(tx, {
      userId: user.id, entityType: "Contact", entityId: contactId, action: "merge",
      before: kept, after: { ...after, mergedFrom: otherId, movedActivities: movedActivities.count },
    });
    return { id: contactId };
  },
);

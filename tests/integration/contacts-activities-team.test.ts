import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { closeComplaintAction, loadTimelinePageAction, logActivityAction, logComplaintAction } from "@/lib/activities/actions";
import { addCoverageAction, createContactAction, removeCoverageAction, updateContactAction } from "@/lib/contacts/actions";
import { loadContactsTab } from "@/lib/contacts/account-contacts";
import { loadTimeline } from "@/lib/activities/queries";
import { createComplaint, createContact, createCoverage, createAccountFixture } from "../factories/account-contents";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
});

beforeEach(() => actAs(f.owner));

const audits = (entityType: string, entityId: string) => db.auditLog.findMany({ where: { entityType, entityId } });

describe("contacts", () => {
  it("creates a contact on an account the manager owns, with an audit row", async () => {
    const result = await createContactAction({
      accountId: f.mine.id,
      contact: { name: "  Li Wei ", function: "FINANCE", level: "DIRECTOR", relationshipStrength: "4", email: "", buyingRole: "DECISION_MAKER" },
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await db.contact.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ name: "Li Wei", accountId: f.mine.id, relationshipStrength: 4, email: null, attitude: "NEUTRAL", buyingRole: "DECISION_MAKER" });
    const [audit] = await audits("Contact", row.id);
    expect(audit).toMatchObject({ action: "create", userId: f.owner.id });
  });

  it("refuses invalid input field by field and writes nothing", async () => {
    const before = await db.contact.count();
    const result = await createContactAction({
      accountId: f.mine.id,
      contact: { name: " ", function: "SALES" as never, level: "DIRECTOR", email: "not-an-e-mail", relationshipStrength: 6 },
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      "contact.name": "This field is required.",
      "contact.email": "Enter a valid e-mail address.",
      "contact.relationshipStrength": "Must be at most 5.",
    });
    expect(result.fieldErrors).toHaveProperty("contact.function");
    expect(await db.contact.count()).toBe(before);
  });

  it("lets a team member and a director add contacts, but not a manager of another account", async () => {
    actAs(f.teamMate);
    expect(await createContactAction({ accountId: f.mine.id, contact: { name: "By team mate", function: "IT", level: "STAFF" } })).toMatchObject({ ok: true });
    actAs(f.director);
    expect(await createContactAction({ accountId: f.theirs.id, contact: { name: "By director", function: "IT", level: "STAFF" } })).toMatchObject({ ok: true });
    actAs(f.owner);
    const before = await db.contact.count();
    const denied = await createContactAction({ accountId: f.theirs.id, contact: { name: "Intruder", function: "IT", level: "STAFF" } });
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You can only change accounts you own or are a team member of." });
    expect(await db.contact.count()).toBe(before);
  });

  it("updates a contact, validates, and refuses someone else's account or another account's contact", async () => {
    const contact = await createContact(db, f.mine.id, { name: "Old name" });
    const ok = await updateContactAction({ accountId: f.mine.id, contactId: contact.id, contact: { name: "New name", function: "QUALITY", level: "SUPERVISOR", attitude: "SUPPORTER" } });
    expect(ok).toMatchObject({ ok: true });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ name: "New name", level: "SUPERVISOR", attitude: "SUPPORTER" });
    const [audit] = await audits("Contact", contact.id);
    expect(audit).toMatchObject({ action: "update", before: expect.objectContaining({ name: "Old name" }), after: expect.objectContaining({ name: "New name" }) });

    expect(await updateContactAction({ accountId: f.mine.id, contactId: contact.id, contact: { name: "", function: "QUALITY", level: "SUPERVISOR" } })).toMatchObject({ ok: false, code: "INVALID" });

    const theirContact = await createContact(db, f.theirs.id, { name: "Theirs" });
    const denied = await updateContactAction({ accountId: f.theirs.id, contactId: theirContact.id, contact: { name: "Hijacked", function: "IT", level: "STAFF" } });
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Pretending it belongs to my account does not help either.
    const sneaky = await updateContactAction({ accountId: f.mine.id, contactId: theirContact.id, contact: { name: "Hijacked", function: "IT", level: "STAFF" } });
    expect(sneaky).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: theirContact.id } })).toMatchObject({ name: "Theirs" });
  });
});

describe("coverage lines and the pattern the tab shows", () => {
  it("goes from no coverage to single-threaded, bow-tie and diamond as lines are added", async () => {
    const account = (await db.account.create({ data: { name: "Pattern Co", industry: "Steel", region: "East", country: "CN", size: "LARGE", ownerId: f.owner.id, stage: "COOPERATIVE" } })).id;
    const buyer = await createContact(db, account, { level: "MANAGER", function: "PURCHASING" });
    const cfo = await createContact(db, account, { level: "DIRECTOR", function: "FINANCE" });
    const pattern = async () => {
      const data = await loadContactsTab(db, account);
      return { pattern: data!.analysis.pattern, warned: data!.analysis.warning !== null };
    };
    expect(await pattern()).toEqual({ pattern: "NONE", warned: true });

    expect(await addCoverageAction({ accountId: account, contactId: buyer.id, userId: f.owner.id })).toMatchObject({ ok: true });
    expect(await pattern()).toEqual({ pattern: "SINGLE_THREADED", warned: true });

    expect(await addCoverageAction({ accountId: account, contactId: cfo.id, userId: f.owner.id })).toMatchObject({ ok: true });
    expect(await pattern()).toEqual({ pattern: "BOW_TIE", warned: true });

    expect(await addCoverageAction({ accountId: account, contactId: cfo.id, userId: f.director.id })).toMatchObject({ ok: true });
    expect(await pattern()).toEqual({ pattern: "DIAMOND", warned: false });

    expect(await removeCoverageAction({ accountId: account, contactId: cfo.id, userId: f.director.id })).toMatchObject({ ok: true });
    expect(await pattern()).toEqual({ pattern: "BOW_TIE", warned: true });

    const lines = await db.auditLog.findMany({ where: { entityType: "ContactCoverage", userId: f.owner.id }, orderBy: { at: "asc" } });
    expect(lines.map((l) => l.action)).toEqual(["create", "create", "create", "delete"]);
  });

  it("refuses a duplicate line, a bad input and an unknown user", async () => {
    const contact = await createContact(db, f.mine.id);
    await createCoverage(db, contact.id, f.owner.id);
    expect(await addCoverageAction({ accountId: f.mine.id, contactId: contact.id, userId: f.owner.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await addCoverageAction({ accountId: f.mine.id, contactId: contact.id, userId: "" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { userId: "This field is required." } });
    expect(await addCoverageAction({ accountId: f.mine.id, contactId: contact.id, userId: "no-such-user" })).toMatchObject({ ok: false, code: "INVALID", error: "Pick one of our active users." });
    expect(await removeCoverageAction({ accountId: f.mine.id, contactId: contact.id, userId: f.director.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses a manager on someone else's account and changes nothing", async () => {
    const contact = await createContact(db, f.theirs.id);
    await createCoverage(db, contact.id, f.other.id);
    expect(await addCoverageAction({ accountId: f.theirs.id, contactId: contact.id, userId: f.owner.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeCoverageAction({ accountId: f.theirs.id, contactId: contact.id, userId: f.other.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const lines = await db.contactCoverage.findMany({ where: { contactId: contact.id } });
    expect(lines.map((l) => l.userId)).toEqual([f.other.id]);
  });
});

describe("activities and complaints", () => {
  it("logs an activity with the date defaulting to now, by the current user, audited", async () => {
    const contact = await createContact(db, f.mine.id, { name: "Activity contact" });
    const started = Date.now();
    const result = await logActivityAction({ accountId: f.mine.id, type: "VISIT", summary: "Plant visit", contactId: contact.id, participants: "Anna, Li Wei, , Anna" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await db.activity.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ type: "VISIT", userId: f.owner.id, contactId: contact.id, participants: ["Anna", "Li Wei"] });
    expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(await audits("Activity", row.id)).toHaveLength(1);
  });

  it("refuses a blank summary, an unknown type and another account's contact", async () => {
    const before = await db.activity.count();
    const invalid = await logActivityAction({ accountId: f.mine.id, type: "FAX" as never, summary: "  " });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID" });
    if (!invalid.ok) expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["summary", "type"]);
    const foreign = await createContact(db, f.theirs.id);
    expect(await logActivityAction({ accountId: f.mine.id, type: "CALL", summary: "Call", contactId: foreign.id })).toMatchObject({ ok: false, code: "INVALID", error: "That contact does not belong to this account." });
    expect(await db.activity.count()).toBe(before);
  });

  it("refuses activities and complaints on someone else's account and changes nothing", async () => {
    const complaint = await createComplaint(db, f.theirs.id);
    const [activities, complaints] = [await db.activity.count(), await db.complaint.count()];
    expect(await logActivityAction({ accountId: f.theirs.id, type: "CALL", summary: "Call" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await logComplaintAction({ accountId: f.theirs.id, severity: "HIGH", summary: "Late" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await closeComplaintAction({ accountId: f.theirs.id, complaintId: complaint.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect([await db.activity.count(), await db.complaint.count()]).toEqual([activities, complaints]);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).closedAt).toBeNull();
  });

  it("logs and closes a complaint once, audited", async () => {
    expect(await logComplaintAction({ accountId: f.mine.id, severity: "LOUD" as never, summary: "" })).toMatchObject({ ok: false, code: "INVALID" });
    const logged = await logComplaintAction({ accountId: f.mine.id, severity: "HIGH", summary: "Late delivery" });
    expect(logged).toMatchObject({ ok: true });
    if (!logged.ok) return;
    expect(await closeComplaintAction({ accountId: f.mine.id, complaintId: logged.data.id })).toMatchObject({ ok: true });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: logged.data.id } })).closedAt).not.toBeNull();
    expect(await closeComplaintAction({ accountId: f.mine.id, complaintId: logged.data.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await closeComplaintAction({ accountId: f.mine.id, complaintId: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect((await audits("Complaint", logged.data.id)).map((a) => a.action).sort()).toEqual(["close", "create"]);
  });

  it("merges activities and complaints newest first, 30 a page", async () => {
    const account = (await db.account.create({ data: { name: "Timeline Co", industry: "Steel", region: "East", country: "CN", size: "LARGE", ownerId: f.owner.id } })).id;
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 9));
    await db.activity.createMany({ data: Array.from({ length: 31 }, (_, i) => ({ accountId: account, userId: f.owner.id, type: "CALL" as const, occurredAt: day(i * 2), summary: `Call ${i}` })) });
    await createComplaint(db, account, { openedAt: day(61), summary: "Newest complaint" });
    await createComplaint(db, account, { openedAt: day(3), summary: "Old complaint", closedAt: day(5) });
    const first = await loadTimeline(db, account);
    expect(first.total).toBe(33);
    expect(first.entries).toHaveLength(30);
    expect(first.entries[0]).toMatchObject({ kind: "complaint", summary: "Newest complaint", closedAt: null });
    expect(first.entries[1]).toMatchObject({ kind: "activity", summary: "Call 30", loggedBy: "Owner Manager" });
    const second = await loadTimelinePageAction({ accountId: account, page: 2 });
    expect(second).toMatchObject({ ok: true });
    if (!second.ok) return;
    expect(second.data.entries.map((e) => e.summary)).toEqual(["Old complaint", "Call 1", "Call 0"]);
    const times = [...first.entries, ...second.data.entries].map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });
});

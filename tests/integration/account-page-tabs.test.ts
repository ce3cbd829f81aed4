import { beforeAll, describe, expect, it } from "vitest";
import { loadContactsTab } from "@/lib/contacts/account-contacts";
import { loadPlans } from "@/lib/plans/queries";
import { loadTimeline } from "@/lib/activities/queries";
import type { Db } from "@/lib/db/prisma";
import { createComplaint, createContact, createCoverage, createPlan, createAccountFixture } from "../factories/account-contents";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;

/** The same client, counting every operation our code sends (model calls and raw SQL alike). */
function counting() {
  const counter = { queries: 0 };
  const client = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.queries += 1;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { client, counter };
}

async function queriesFor(load: (client: Db) => Promise<unknown>) {
  const { client, counter } = counting();
  await load(client);
  return counter.queries;
}

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
});

describe("the tab loaders do not grow with the data (no N+1)", () => {
  it("loads contacts, the timeline and plans in a fixed number of queries", async () => {
    const seedOnce = async () => {
      const contact = await createContact(db, f.mine.id);
      await createCoverage(db, contact.id, f.owner.id);
      await db.activity.create({ data: { accountId: f.mine.id, userId: f.owner.id, type: "CALL", occurredAt: new Date(), summary: "Call", contactId: contact.id } });
      await createComplaint(db, f.mine.id);
      await createPlan(db, f.mine.id, f.owner.id);
    };
    await seedOnce();
    const small = await Promise.all([queriesFor((c) => loadContactsTab(c, f.mine.id)), queriesFor((c) => loadTimeline(c, f.mine.id)), queriesFor((c) => loadPlans(c, f.mine.id))]);
    for (let i = 0; i < 5; i += 1) await seedOnce();
    const large = await Promise.all([queriesFor((c) => loadContactsTab(c, f.mine.id)), queriesFor((c) => loadTimeline(c, f.mine.id)), queriesFor((c) => loadPlans(c, f.mine.id))]);
    expect(large).toEqual(small);
    expect(small[1]).toBe(4);
  });
});

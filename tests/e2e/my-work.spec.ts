import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, gotoHydrated, storageStateFor } from "./support";

/**
 * The e2e server runs on a fresh, seeded `kam_e2e` database of the test cluster (prisma/scripts/start.ts --e2e);
 * the test reaches it directly to put an overdue task in place, then works through the UI.
 */
async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An open plan task owned by the manager, due three days ago, on one of his accounts. */
async function createOverdueTask(title: string) {
  return withDb(async (client) => {
    const { rows } = await client.query<{ accountId: string; userId: string; accountName: string }>(
      `SELECT a.id AS "accountId", u.id AS "userId", a.name AS "accountName" FROM "Account" a JOIN "User" u ON u.id = a."ownerId"
       WHERE u.email = 'manager@demo.kam' AND NOT a.archived ORDER BY a.name LIMIT 1`,
    );
    const { accountId, userId, accountName } = rows[0];
    const suffix = `${Date.now()}`;
    await client.query(`INSERT INTO "AccountPlan" (id, "accountId", title, "createdById", "updatedAt") VALUES ($1, $2, 'E2E plan', $3, now())`, [`e2e-plan-${suffix}`, accountId, userId]);
    await client.query(`INSERT INTO "PlanObjective" (id, "planId", title, position) VALUES ($1, $2, 'E2E objective', 0)`, [`e2e-obj-${suffix}`, `e2e-plan-${suffix}`]);
    await client.query(
      `INSERT INTO "PlanAction" (id, "objectiveId", title, "ownerId", "dueDate", status, position) VALUES ($1, $2, $3, $4, $5::date, 'OPEN', 0)`,
      // Days are UTC days throughout the app.
      [`e2e-task-${suffix}`, `e2e-obj-${suffix}`, title, userId, new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)],
    );
    return { accountId, accountName, taskId: `e2e-task-${suffix}` };
  });
}

async function evaluateNow(adminPage: Page) {
  await adminPage.goto("/admin/alerts");
  await adminPage.getByRole("button", { name: "Evaluate now" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: /^Evaluated:/ })).toBeVisible({ timeout: 60_000 });
}

test.describe("alerts, notifications and my work", () => {
  test("a new alert shows on the bell; /my-work lists the overdue task and completing it removes it", async ({ browser }) => {
    test.setTimeout(180_000);
    const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
    const manager = await browser.newContext({ storageState: storageStateFor("MANAGER") });
    const adminPage = await admin.newPage();
    const page = await manager.newPage();

    // Bring the alerts up to date and read everything, so the bell starts empty.
    await evaluateNow(adminPage);
    await page.goto("/notifications");
    const markAll = page.getByRole("button", { name: "Mark all as read" });
    if (await markAll.isEnabled()) await markAll.click();
    await expect(page.getByText("No unread notifications.")).toBeVisible();
    const bell = page.getByTestId("notification-bell");
    await expect(bell).toHaveAccessibleName("Notifications");
    await expect(page.getByTestId("notification-count")).toHaveCount(0);

    const title = `Send the signed offer ${Date.now()}`;
    const { accountId, accountName } = await createOverdueTask(title);
    await evaluateNow(adminPage);

    await page.goto("/my-work");
    await expect(page.getByTestId("notification-count")).toHaveText("1");
    await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
    await bell.click();
    await expect(page).toHaveURL(/\/notifications$/);
    const entry = page.getByTestId("notification-list").getByRole("listitem").filter({ hasText: title });
    await expect(entry).toContainText(`${accountName} — Overdue: ${title}`);
    await expect(entry).toContainText("3 days overdue");
    await expect(entry.getByRole("link")).toHaveAttribute("href", `/accounts/${accountId}?tab=plan`);

    await page.getByRole("link", { name: "My work" }).click();
    await expect(page).toHaveURL(/\/my-work$/);
    const overdue = page.getByTestId("overdue-items");
    const row = overdue.getByTestId("work-item").filter({ hasText: title });
    await expect(row).toContainText("3 days overdue");
    await expect(row).toContainText(accountName);
    await expect(page.getByTestId("my-alerts")).toContainText(`Overdue: ${title}`);

    await row.getByRole("button", { name: `Mark “${title}” as done` }).click();
    await expect(page.getByRole("status").filter({ hasText: `“${title}” is done.` })).toBeVisible();
    await expect(overdue.getByTestId("work-item").filter({ hasText: title })).toHaveCount(0);
    // Its alert cleared with it: gone from the open alerts and from the bell.
    await expect(page.getByText(`Overdue: ${title}`)).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
    await expect(page.getByText(title)).toHaveCount(0);

    await admin.close();
    await manager.close();
  });

  test("a follow-up logged with an activity shows in /my-work and snoozing it hides it", async ({ browser }) => {
    test.setTimeout(120_000);
    const manager = await browser.newContext({ storageState: storageStateFor("MANAGER") });
    const page = await manager.newPage();
    const accountId = await withDb(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `SELECT a.id FROM "Account" a JOIN "User" u ON u.id = a."ownerId" WHERE u.email = 'manager@demo.kam' AND NOT a.archived ORDER BY a.name DESC LIMIT 1`,
      );
      return rows[0].id;
    });
    const note = `Send the samples ${Date.now()}`;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await gotoHydrated(page, `/accounts/${accountId}?tab=activities`);
    await page.getByRole("button", { name: "Call", exact: true }).click();
    await page.getByLabel("Summary").fill("Call with purchasing about samples");
    await page.getByText("Follow-up", { exact: true }).click();
    await page.getByLabel("Follow up on").fill(yesterday);
    await page.getByLabel("Follow-up note").fill(note);
    await page.getByRole("button", { name: "Log Call" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Activity logged." })).toBeVisible();

    await page.goto("/my-work");
    const row = page.getByTestId("overdue-items").getByTestId("work-item").filter({ hasText: note });
    await expect(row).toContainText("Follow-up");
    await expect(row).toContainText("1 days overdue");
    await row.getByRole("button", { name: `Snooze “${note}”` }).click();
    await row.getByRole("button", { name: "Until tomorrow" }).click();
    await expect(page.getByRole("status").filter({ hasText: `“${note}” is snoozed until` })).toBeVisible();
    await expect(page.getByTestId("work-item").filter({ hasText: note })).toHaveCount(0);
    await expect(page.getByText(/snoozed items come back later/)).toBeVisible();
    await manager.close();
  });

  test("managers land on My work, directors on the dashboard", async ({ browser }) => {
    for (const [role, target] of [["MANAGER", /\/my-work$/], ["DIRECTOR", /\/dashboard$/]] as const) {
      const context = await browser.newContext({ storageState: storageStateFor(role) });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(target);
      await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My work" })).toBeVisible();
      await context.close();
    }
  });

  test("an admin tunes a rule with validation; preferences say when e-mail is off", async ({ browser }) => {
    const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
    const page = await admin.newPage();
    await page.goto("/admin/alerts");
    const card = page.getByTestId("rule-STALE_ASSESSMENT");
    const days = card.getByLabel("Older than (days)");
    const before = await days.inputValue();
    await days.fill("0");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByText("Must be at least 1.")).toBeVisible();
    await days.fill(before);
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByRole("status")).toHaveText("Saved.");

    await page.goto("/notifications/preferences");
    await expect(page.getByTestId("mail-off")).toBeVisible();
    await page.getByLabel("Daily").check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Preferences saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Daily")).toBeChecked();
    await admin.close();
  });

  test("a manager cannot open the alert rules", async ({ browser }) => {
    const manager = await browser.newContext({ storageState: storageStateFor("MANAGER") });
    const page = await manager.newPage();
    await page.goto("/admin/alerts");
    await expect(page.getByRole("button", { name: "Evaluate now" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
    await manager.close();
  });
});

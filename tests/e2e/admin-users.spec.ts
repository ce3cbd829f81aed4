import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, storageStateFor } from "./support";

const PASSWORD = "Harbour-lights-42";

/** A fresh browser without any session, as the invited person has. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("user administration", () => {
  test("an admin invites a user, who sets a password through the link and signs in; deactivation ends his session", async ({ browser }) => {
    const email = `invited-${Date.now()}@example.com`;
    const name = `Invited Person ${Date.now()}`;

    const adminContext = await browser.newContext({ storageState: storageStateFor("ADMIN") });
    const admin = await adminContext.newPage();
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    await admin.getByRole("link", { name: "New user" }).click();
    await expect(admin).toHaveURL(/\/admin\/users\/new$/);
    await admin.getByLabel("Name", { exact: true }).fill(name);
    await admin.getByLabel("E-mail").fill(email);
    await admin.getByLabel("Role", { exact: true }).selectOption("MANAGER");
    await admin.getByRole("button", { name: "Create and invite" }).click();
    const panel = admin.getByTestId("one-time-link");
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId("one-time-link-mail")).toHaveText(/not set up|could not be sent/);
    const link = await panel.getByTestId("one-time-link-url").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    // The invited person, in his own browser.
    const user = await freshPage(browser);
    const response = await user.goto(link);
    expect(response?.status()).toBe(200);
    await expect(user.getByRole("heading", { name: "Welcome to KAM" })).toBeVisible();
    await expect(user.getByText(email)).toBeVisible();
    await user.getByLabel("New password").fill("too-short");
    await user.getByLabel("Repeat the password").fill("too-short");
    await user.getByRole("button", { name: "Save password" }).click();
    await expect(user.getByText("At least 10 characters.")).toBeVisible();
    await user.getByLabel("New password").fill(PASSWORD);
    await user.getByLabel("Repeat the password").fill(PASSWORD);
    await user.getByRole("button", { name: "Save password" }).click();
    await expect(user.getByRole("heading", { name: "Your password is set" })).toBeVisible();

    // The link works once.
    await user.goto(link);
    await expect(user.getByText("This link has already been used.")).toBeVisible();

    await signIn(user, email, PASSWORD);
    await expect(user).toHaveURL(/\/my-work$/);
    await expect(user.getByTestId("user-name")).toHaveText(name);

    // The admin finds him in the list and deactivates him.
    await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    const row = admin.getByTestId(`user-row-${email}`);
    await expect(row).toContainText("Active");
    await row.getByRole("link", { name }).click();
    await expect(admin.getByRole("heading", { name, level: 1 })).toBeVisible();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "Deactivate" }).click();
    await expect(admin.getByText(`${name} is deactivated.`)).toBeVisible();
    await expect(admin.getByRole("button", { name: "Reactivate" })).toBeVisible();

    // His open session ends on his next request.
    await user.goto("/accounts");
    await expect(user).toHaveURL(/\/login/);
    await expect(user.getByTestId("user-menu")).toHaveCount(0);

    // The audit log shows who did it.
    await admin.goto("/admin/audit?entity=User&action=deactivate");
    await expect(admin.getByTestId("audit-table")).toContainText("active");
    await adminContext.close();
    await user.context().close();
  });

  test.describe("as a manager", () => {
    test.use({ storageState: storageStateFor("MANAGER") });

    test("every /admin page answers 403 with the no-access page", async ({ page }) => {
      for (const path of ["/admin", "/admin/users", "/admin/users/new", "/admin/teams", "/admin/audit", "/admin/scoring"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
        await expect(page.getByTestId("user-menu")).toBeVisible();
      }
      const csv = await page.request.get("/admin/audit/export");
      expect(csv.status()).toBe(403);
    });
  });

  test.describe("as a director", () => {
    test.use({ storageState: storageStateFor("DIRECTOR") });

    test("the admin pages answer 403 too", async ({ page }) => {
      const response = await page.goto("/admin/users");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
    });
  });
});

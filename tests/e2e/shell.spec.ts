import { expect, test } from "@playwright/test";
import { ROLE_LOGINS, signIn } from "./support";

test.describe("signing in and the app shell", () => {
  test("a page without a session redirects to the sign-in page", async ({ page }) => {
    await page.goto("/accounts");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccounts/);
    await expect(page.getByRole("heading", { name: "Sign in to KAM" })).toBeVisible();
  });

  test("a wrong password shows a clear message and stays on the sign-in page", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(ROLE_LOGINS.MANAGER);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not correct." })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("an empty form is checked before it is sent", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  const cases = [
    { role: "ADMIN", label: "Admin", seesAdmin: true, home: /\/dashboard$/ },
    { role: "DIRECTOR", label: "Sales director", seesAdmin: false, home: /\/dashboard$/ },
    { role: "MANAGER", label: "Key account manager", seesAdmin: false, home: /\/my-work$/ },
  ] as const;

  for (const { role, label, seesAdmin, home } of cases) {
    test(`${role}: lands on his home page, sees the shell, switches language, signs out`, async ({ page }) => {
      await signIn(page, ROLE_LOGINS[role]);
      await expect(page).toHaveURL(home);
      const nav = page.getByRole("navigation", { name: "Main navigation" });
      for (const item of ["Dashboard", "Accounts", "Contacts", "Scoring", "Stage board"]) {
        await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
      }
      await expect(nav.getByRole("link", { name: "Admin", exact: true })).toHaveCount(seesAdmin ? 1 : 0);
      await expect(page.getByTestId("user-role")).toHaveText(label);

      await nav.getByRole("link", { name: "Accounts" }).click();
      await expect(page).toHaveURL(/\/accounts$/);
      await expect(nav.getByRole("link", { name: "Accounts" })).toHaveAttribute("aria-current", "page");

      await page.getByRole("button", { name: "简体中文" }).click();
      const zhNav = page.getByRole("navigation", { name: "主导航" });
      await expect(zhNav.getByRole("link", { name: "仪表盘" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await page.reload();
      await expect(zhNav.getByRole("link", { name: "客户" })).toBeVisible();

      await page.getByRole("button", { name: "English" }).click();
      await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();

      await page.getByTestId("user-menu").getByRole("link", { name: "My profile" }).click();
      await expect(page.getByRole("heading", { name: "My profile", level: 1 })).toBeVisible();

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("a manager who opens /admin directly is told he has no access", async ({ page }) => {
    await signIn(page, ROLE_LOGINS.MANAGER);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  });
});

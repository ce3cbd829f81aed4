import { expect, test } from "@playwright/test";
import { APP_PAGES, axeFindings, openPage } from "./pages";
import { isHydrated, storageStateFor } from "./support";

/** The locale cookie the language switch sets (lib/i18n/config LOCALE_COOKIE): no user preference changes. */
const LOCALE_COOKIE = "kam_locale";

/**
 * axe on every page: no serious or critical violation. English is checked at 1440 px while responsive.spec.ts has
 * each page open anyway; Chinese here, in the phone layout (drawer, stacked panels), and the sign-in page in both.
 */
test.describe("accessibility (axe)", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("every page in Chinese, at 390 px, has no serious or critical violation", async ({ page, context, baseURL }) => {
    test.setTimeout(360_000);
    await context.addCookies([{ name: LOCALE_COOKIE, value: "zh", url: baseURL! }]);
    await page.setViewportSize({ width: 390, height: 844 });
    const findings: string[] = [];
    for (const path of APP_PAGES) {
      await openPage(page, path);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      findings.push(...(await axeFindings(page, path)));
    }
    expect(findings).toEqual([]);
  });

  test("the sign-in page, in both languages, has no serious or critical violation", async ({ browser, baseURL }) => {
    for (const locale of ["en", "zh"] as const) {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
      const page = await context.newPage();
      await openPage(page, "/login");
      await expect(page.getByRole("button", { name: locale === "en" ? "Sign in" : "登录", exact: true })).toBeVisible();
      expect(await axeFindings(page, `/login (${locale})`)).toEqual([]);
      await context.close();
    }
  });

  test("quick-find works from the keyboard: Ctrl-K, type, arrows, Enter", async ({ page }) => {
    await page.goto("/dashboard");
    // The shortcut is listened for once React owns the shell: pressed before that, it would go nowhere.
    await expect.poll(() => page.getByTestId("quick-find-open").evaluate(isHydrated)).toBe(true);
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Search accounts, contacts and people" });
    await expect(box).toBeFocused();
    await box.fill("上海");
    const options = page.getByRole("listbox", { name: "Results" }).getByRole("option");
    await expect(options.first()).toBeVisible();
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
    await box.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowUp");
    const name = (await options.first().locator("span").first().textContent())!.trim();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/accounts\/c/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("account-local-name")).toContainText("上海");
    await expect(page).toHaveTitle(`${name} · Accounts · KAM`);
  });
});

import { expect, test, type Page } from "@playwright/test";
import { seedId } from "../../prisma/seed/random";
import { gotoHydrated, storageStateFor } from "./support";

/** The demo's first account is the first group parent: a big key account with subsidiaries and a team. */
const KEY_ACCOUNT = `/accounts/${seedId("acc", 1)}`;

test.use({ storageState: storageStateFor("DIRECTOR") });

const tabs = (page: Page) => page.getByRole("navigation", { name: "Account sections" });

async function openTabByKeyboard(page: Page, name: string, tab: string) {
  const link = tabs(page).getByRole("link", { name, exact: true });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]tab=${tab}`));
  await expect(tabs(page).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

test.describe("the account page", () => {
  test("the orders tab draws revenue bars beside the margin line, loaded on demand", async ({ page }) => {
    await page.goto(`${KEY_ACCOUNT}?tab=orders`);
    const chart = page.getByRole("img", { name: "Revenue and margin by month (last 36 months)" });
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(chart.locator(".recharts-line-curve")).toHaveCount(1);
    await expect(chart.getByText("Revenue", { exact: true })).toBeVisible();
    await expect(chart.getByText("Margin", { exact: true })).toBeVisible();
  });

  test("opens a key account on its overview and switches tabs by keyboard", async ({ page }) => {
    await page.goto(KEY_ACCOUNT);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Key account", { exact: true })).toBeVisible();
    await expect(tabs(page).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    for (const heading of ["Portfolio position", "Relationship stage", "Key facts", "Churn signals", "RFM and ABC", "Group"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("rowheader", { name: "Group revenue (12 months)" })).toBeVisible();

    await openTabByKeyboard(page, "Orders", "orders");
    await expect(page.getByRole("heading", { name: "Revenue and margin by month (last 36 months)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "RFM values" })).toBeVisible();
    await expect(page.getByRole("table").last().locator("tbody tr")).toHaveCount(25);
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();

    await openTabByKeyboard(page, "Team", "team");
    await expect(page.getByRole("cell", { name: "KAM lead" })).toBeVisible();

    await openTabByKeyboard(page, "History", "history");
    await expect(page.getByRole("heading", { name: "Assessments" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Stage transitions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Change log" })).toBeVisible();
  });

  test("a director adds a team member", async ({ page }) => {
    await gotoHydrated(page, `${KEY_ACCOUNT}?tab=team`);
    const form = page.getByRole("form", { name: "Add a team member" });
    const person = form.getByLabel("Person");
    const option = person.locator("option").nth(1);
    const name = ((await option.textContent()) ?? "").replace(/\s*\(.*\)$/, "");
    await person.selectOption({ index: 1 });
    await form.getByLabel("Team role").selectOption({ label: "Solution sales" });
    await form.getByRole("button", { name: "Add" }).click();
    await expect(form.getByRole("status")).toHaveText("Team member added.");
    await expect(page.getByLabel(`Team role of ${name}`)).toHaveValue("SOLUTION_SALES");

    await page.goto(`${KEY_ACCOUNT}?tab=history`);
    await expect(page.getByRole("cell", { name: "Team member added" }).first()).toBeVisible();
  });

  test("shows the page in Chinese after switching language", async ({ page }) => {
    await page.goto(KEY_ACCOUNT);
    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.getByRole("heading", { name: "关键信息" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "客户信息分区" }).getByRole("link", { name: "订单" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();
  });

  test("an unknown account answers 404 with the not-found page inside the app", async ({ page }) => {
    const response = await page.goto("/accounts/no-such-account");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("responds fast on the demo data (median of 10 requests)", async ({ page }) => {
    const median = async (url: string) => {
      await page.request.get(url);
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const response = await page.request.get(url);
        await response.body();
        times.push(performance.now() - started);
        expect(response.ok()).toBe(true);
      }
      times.sort((a, b) => a - b);
      return (times[4] + times[5]) / 2;
    };
    const overview = await median(KEY_ACCOUNT);
    const orders = await median(`${KEY_ACCOUNT}?tab=orders`);
    test.info().annotations.push({ type: "timing", description: `overview ${overview.toFixed(0)} ms, orders ${orders.toFixed(0)} ms` });
    console.log(`account page median: overview ${overview.toFixed(0)} ms, orders ${orders.toFixed(0)} ms`);
    // The target is 300 ms; the bound here leaves room for slow CI machines.
    expect(Math.max(overview, orders)).toBeLessThan(1_500);
  });
});

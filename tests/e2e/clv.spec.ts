import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support";

const table = (page: Page) => page.getByRole("table");

test.describe("customer lifetime value", () => {
  test.use({ storageState: storageStateFor("DIRECTOR") });

  test("sorts the accounts list by CLV and shows the CLV panel of the top account", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/accounts?owner=all");
    const header = table(page).getByRole("columnheader", { name: "CLV 12m" });
    await header.getByRole("link").click();
    await expect(page).toHaveURL(/sort=clv12m&dir=desc/);
    await expect(table(page).getByRole("columnheader", { name: "CLV 12m" })).toHaveAttribute("aria-sort", "descending");
    // The seeded demo has lifetime values: the first rows carry money, largest first.
    const cells = await table(page).locator("tbody tr").evaluateAll((rows) =>
      rows.slice(0, 5).map((row) => {
        const headers = [...document.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
        const index = headers.findIndex((text) => text.includes("CLV 12m"));
        return (row.children[index]?.textContent ?? "").replace(/[^\d.]/g, "");
      }),
    );
    const values = cells.map(Number);
    expect(values.every((v) => v > 0)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const first = table(page).locator("tbody tr").first().getByRole("link").first();
    const name = await first.textContent();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name: name ?? "" })).toBeVisible();
    const url = new URL(page.url());
    await page.goto(`${url.pathname}?tab=orders`);
    const panel = page.getByTestId("clv-panel");
    await expect(page.getByRole("heading", { name: "Customer lifetime value" })).toBeVisible();
    await expect(panel.getByText("Probability still active")).toBeVisible();
    await expect(panel.getByTestId("clv-p-alive")).toHaveText(/\d+\s?%/);
    await expect(panel.getByTestId("clv-12m")).toHaveText(/\d/);
    await expect(panel.getByText(/Model fitted/)).toBeVisible();

    // Phone width: the panel still shows its figures without horizontal scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(panel.getByTestId("clv-12m")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // Chinese, switched from the sidebar (a drawer behind the menu button at phone width).
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.getByRole("heading", { name: "客户终身价值" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
  });

  test("the dashboard shows the CLV panels", async ({ page }) => {
    await page.goto("/dashboard?scope=all");
    await expect(page.getByRole("heading", { name: "Lifetime value distribution" })).toBeVisible();
    await expect(page.getByTestId("clv-top-list").getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "CLV at risk" })).toBeVisible();
  });
});

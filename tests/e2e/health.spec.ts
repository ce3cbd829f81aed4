import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNT } from "./pages";
import { storageStateFor } from "./support";

test.describe("account health", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("the demo key account shows its health, components and 90-day trend", async ({ page }) => {
    await page.goto(`/accounts/${DEMO_ACCOUNT}`);
    const panel = page.locator("section", { has: page.getByRole("heading", { name: "Account health", exact: true }) });
    await expect(panel.getByTestId("health-score")).toContainText(/\d+ \/ 100/);
    await expect(panel.getByText(/^Model version \d+/)).toBeVisible();
    await expect(panel.getByTestId("health-components").locator("tbody tr")).toHaveCount(7);
    // The seeded key accounts have a month of daily readings: the line is drawn through them (it may be flat, so
    // its path is checked, not its box).
    const trend = panel.getByTestId("health-trend");
    await expect(trend.locator("svg.recharts-surface")).toBeVisible();
    await expect(trend.locator("path.recharts-line-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+[CL]/);
  });

  test("an admin edits the health model draft, previews it and publishes it as a new version", async ({ page }) => {
    await page.goto("/admin/health");
    const start = page.getByRole("button", { name: "Start a draft" });
    const heading = page.getByRole("heading", { name: /^Draft version \d+$/ });
    await expect(start.or(heading)).toBeVisible();
    // A click before hydration does nothing: retry until the draft shows.
    await expect(async () => {
      if (await start.isVisible()) await start.click();
      await expect(heading).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
    const version = (await heading.textContent())!.replace(/\D+/g, "");

    const coverage = page.getByLabel("Weight of Contact coverage (%)");
    const freshness = page.getByLabel("Weight of Contact freshness (%)");
    const coverageWeight = Number(await coverage.inputValue());
    const freshnessWeight = Number(await freshness.inputValue());
    await coverage.fill(String(coverageWeight + 5));
    await expect(page.getByTestId("health-weight-total")).toHaveText("Total 105 %");
    await expect(page.getByRole("alert").filter({ hasText: "The weights must total 100 % (now 105 %)." })).toBeVisible();
    await expect(page.getByTestId("health-publish-blocked")).toHaveText("Save the draft before publishing.");
    await freshness.fill(String(freshnessWeight - 5));
    await expect(page.getByTestId("health-weight-total")).toHaveText("Total 100 %");

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expect(page.getByTestId("health-preview-count")).toHaveText(/^[\d,]+ of [\d,]+ accounts would change band\./);
    await expect(page.getByTestId("health-preview-bands").locator("tbody tr")).toHaveCount(4);

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: `Publish version ${version}` }).click();
    await expect(page.getByTestId("health-active-version")).toContainText(`Active version ${version}`);
    await expect(page.getByRole("button", { name: "Start a draft" })).toBeVisible();
    await expect(page.getByTestId("health-versions").locator("tbody tr").first()).toContainText(version);
  });
});

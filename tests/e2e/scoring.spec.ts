import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support";

/** Types the same score into every factor of the form. */
async function scoreAll(page: Page, value: string) {
  const inputs = page.locator('input[type="number"][id^="score-"]');
  const count = await inputs.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await inputs.nth(i).fill(value);
}

test.describe("as a director", () => {
  test.use({ storageState: storageStateFor("DIRECTOR") });

  test("scores an account and watches the quadrant preview move, then saves a new history entry", async ({ page }) => {
    await page.goto("/scoring?owner=all");
    await expect(page.getByRole("link", { name: "To assess" })).toHaveAttribute("aria-current", "page");
    await page.locator("table tbody tr").first().getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Assess / })).toBeVisible();
    const preview = page.getByTestId("quadrant-preview");

    // High scores everywhere: inverted competition factors count against, but the account stays a Star.
    await scoreAll(page, "10");
    await expect(preview).toHaveAttribute("data-quadrant", "STAR");
    await scoreAll(page, "0");
    await expect(preview).toHaveAttribute("data-quadrant", "DOG");
    await expect(page.getByTestId("live-strength")).toHaveText("0.00");

    const before = await page.getByTestId("history-rows").locator("tr").count();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Assessment saved" })).toBeVisible();
    await expect(page.getByTestId("history-rows").locator("tr")).toHaveCount(before + 1);
    await expect(page.getByTestId("quadrant-path").locator("li").last()).toContainText("Dog");
  });

  test("confirms a proposed key account", async ({ page }) => {
    await page.goto("/scoring/identification?show=unconfirmed");
    const confirm = page.getByRole("button", { name: /^Confirm .+ as a key account$/ }).first();
    const label = (await confirm.getAttribute("aria-label"))!;
    const name = label.replace(/^Confirm /, "").replace(/ as a key account$/, "");

    await page.goto(`/scoring/identification?show=proposed&q=${encodeURIComponent(name)}`);
    await page.getByRole("button", { name: label }).click();
    await expect(page.getByRole("button", { name: `Remove the key-account flag of ${name}` })).toBeVisible();
    await page.goto(`/scoring/identification?show=key&q=${encodeURIComponent(name)}`);
    await expect(page.getByTestId("ranking-name").filter({ hasText: name })).toBeVisible();
  });

  test("reviews the portfolio's latest assessments, stale ones highlighted, sortable", async ({ page }) => {
    await page.goto("/scoring?view=portfolio&owner=all");
    await expect(page.getByRole("link", { name: "Portfolio assessments" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("Stale").first()).toBeVisible();
    await page.getByRole("link", { name: "Attractiveness" }).click();
    await expect(page).toHaveURL(/sort=attractiveness/);
    await expect(page.getByRole("columnheader", { name: /Attractiveness/ })).toHaveAttribute("aria-sort", "ascending");
  });

  test("cannot open the model editor", async ({ page }) => {
    await page.goto("/admin/scoring");
    await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  });
});

test.describe("as a manager", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("sees his own accounts to assess with the reasons", async ({ page }) => {
    await page.goto("/scoring");
    await expect(page.getByLabel("Owner")).toHaveValue("My accounts");
    await expect(page.getByText(/Never assessed|Older than 90 days|Older model version/).first()).toBeVisible();
    await page.goto("/scoring/identification?view=fit");
    await expect(page.getByText("Thin history").first()).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("starts a draft, changes a weight keeping 100 %, sees the preview and publishes", async ({ page }) => {
    await page.goto("/admin/scoring");
    const start = page.getByRole("button", { name: "Start draft" });
    const heading = page.getByRole("heading", { name: /^Draft version \d+$/ });
    await expect(start.or(heading)).toBeVisible();
    // A click that lands before the page is hydrated does nothing: retry until the draft shows.
    await expect(async () => {
      if (await start.isVisible()) await start.click();
      await expect(heading).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
    const version = (await heading.textContent())!.replace(/\D+/g, "");

    const credit = page.getByLabel("Weight of Credit standing");
    const growth = page.getByLabel("Weight of Likelihood of continued business growth");
    const creditWeight = Number(await credit.inputValue());
    const growthWeight = Number(await growth.inputValue());
    await credit.fill(String(creditWeight + 5));
    await expect(page.getByTestId("total-ATTRACTIVENESS")).not.toHaveText(/Total 100(\.00)? %/);
    await expect(page.getByText(/The weights must total 100 %/)).toBeVisible();
    await growth.fill(String(growthWeight - 5));
    await expect(page.getByTestId("total-ATTRACTIVENESS")).toHaveText(/Total 100(\.00)? %/);

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expect(page.getByTestId("preview-count")).toHaveText(/^\d+ of \d+ assessed accounts would change quadrant under this draft\.$/);

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: `Publish version ${version}` }).click();
    await expect(page.getByTestId("active-version")).toContainText(`Active: version ${version}`);
    await expect(page.getByRole("button", { name: "Start draft" })).toBeVisible();
  });
});

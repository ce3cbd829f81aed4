import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support";

/**
 * /admin/jobs against the e2e server, whose worker runs in process: the schedules are shown, "Run now" queues a run
 * and the run shows up as done in the job's last runs.
 */
test.describe("background jobs page", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("shows each job's schedule, and a job started by hand appears as done among its last runs", async ({ page }) => {
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { name: "Background jobs", level: 1 })).toBeVisible();
    const section = (name: string) => page.getByRole("region", { name, exact: true });
    const cleanup = section("Notification clean-up");
    for (const name of ["Full metrics refresh", "Account metrics refresh", "Alert evaluation", "E-mail digests", "Notification clean-up"]) {
      await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    }
    await expect(section("Full metrics refresh")).toContainText(/Daily at \d\d:00/);
    await expect(section("Account metrics refresh")).toContainText("After each change to an account");

    const doneBefore = await cleanup.getByText("Done", { exact: true }).count();
    await page.getByRole("button", { name: "Run now: Notification clean-up" }).click();
    await expect(cleanup.getByRole("status")).toHaveText(/Queued|already waiting/);

    // The worker polls every few seconds; the page is a server render, so look again until the run is listed.
    await expect(async () => {
      await page.reload();
      expect(await cleanup.getByText("Done", { exact: true }).count()).toBeGreaterThan(doneBefore);
    }).toPass({ timeout: 45_000, intervals: [1_000, 2_000, 3_000] });
  });

  test("reads in Chinese", async ({ page }) => {
    await page.context().addCookies([{ name: "kam_locale", value: "zh", url: "http://localhost:3100" }]);
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { name: "后台任务", level: 1 })).toBeVisible();
  });
});

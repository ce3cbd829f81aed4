import { expect, test } from "@playwright/test";
import { createOwnAccount, gotoHydrated, storageStateFor } from "./support";

test.use({ storageState: storageStateFor("MANAGER") });

test("fills a whitespace cell, creates an opportunity from it and sees the weighted pipeline change", async ({ page }) => {
  const { url } = await createOwnAccount(page, "Whitespace");
  await gotoHydrated(page, `${url}?tab=whitespace`);

  const pipeline = page.getByTestId("weighted-pipeline");
  await expect(pipeline).toContainText("(0 opportunities)");
  await expect(page.getByRole("heading", { name: "No buying centres yet" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Shanghai Plant");
  await page.getByRole("button", { name: "Add buying centre" }).click();

  // The seeded catalogue's first offering; the cell opens with a click.
  const cell = page.getByTestId("cell-0-0");
  await expect(cell).toContainText("Not assessed");
  await cell.click();
  const editor = page.getByRole("dialog");
  await editor.getByLabel("Status").selectOption("COMPETITOR");
  await editor.getByLabel("Total market (per year)").fill("100000");
  await editor.getByLabel("Main competitor").fill("Siemens");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveCount(0);
  await expect(cell).toContainText("Competitor");
  await expect(cell).toContainText("vs Siemens");
  await expect(cell).toContainText("Share 0%");

  // Keyboard: the cell is focused again after the editor closed; Enter opens it.
  await cell.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").getByRole("button", { name: "Create opportunity" }).click();
  const opportunity = page.getByRole("dialog", { name: "New opportunity" });
  await expect(opportunity.getByLabel("Value")).toHaveValue("100000");
  await opportunity.getByLabel("Probability (%)").fill("30");
  await opportunity.getByRole("button", { name: "Save" }).click();
  await expect(opportunity).toHaveCount(0);

  await expect(pipeline).toContainText("(1 opportunities)");
  await expect(pipeline).toContainText("30,000");
  await expect(cell).toContainText("Opportunity");
  await expect(page.getByTestId("opportunity")).toContainText("Shanghai Plant");
});

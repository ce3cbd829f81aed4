import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support";

test.use({ storageState: storageStateFor("MANAGER") });

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${text}`, "utf8") });

test.describe("contacts", () => {
  test("filters and searches contacts across accounts, then opens one", async ({ page }) => {
    await page.goto("/contacts");
    await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
    const table = page.getByTestId("contacts-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();

    await page.getByLabel("Level").selectOption("BOARD");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/level=BOARD/);
    const levels = await table.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(["Board"]));

    await page.getByLabel("Search").fill("Purchasing Manager");
    await page.getByLabel("Level").selectOption("");
    await page.getByLabel("Account owner").selectOption("me");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=Purchasing\+Manager/);
    await expect(page).toHaveURL(/owner=me/);
    const first = table.locator("tbody tr").first().getByRole("link").first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("Purchasing Manager").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "How to communicate" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Our coverage" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit on the account page" })).toHaveAttribute("href", /\/accounts\/.+\?tab=contacts/);
  });
});

test.describe("CSV import", () => {
  test("reports a bad row by number, then imports only the valid rows", async ({ page }) => {
    const stamp = Date.now();
    const account = `E2E Import ${stamp}`;
    await page.goto("/accounts/import");
    await expect(page.getByRole("heading", { name: "Import from CSV" })).toBeVisible();

    // A new account of the manager's own, so the orders below touch nobody else's data.
    await page.getByRole("radio", { name: /^Accounts/ }).check();
    await page.getByLabel("CSV file").setInputFiles(csvFile("accounts.csv", `name;industry;region;country;size\r\n${account};Chemicals;East China;China;MEDIUM\r\n`));
    await page.getByRole("button", { name: "Check file" }).click();
    await page.getByRole("button", { name: "Import rows: 1" }).click();
    await expect(page.getByTestId("import-outcome")).toHaveText(/^Created: 1 ·/);

    await page.getByRole("radio", { name: /^Orders/ }).check();
    const orders = [
      "account,orderDate,amount,margin,productCategory,externalRef",
      `"${account}",2025-01-15,"1,200.50",300,Valves,E2E-${stamp}-1`,
      `No Such Account,2025-01-16,100,20,Valves,E2E-${stamp}-2`,
      `"${account}",2025-02-01,800,150,"Pumps, large",E2E-${stamp}-3`,
    ].join("\r\n");
    await page.getByLabel("CSV file").setInputFiles(csvFile("orders.csv", orders));
    await page.getByRole("button", { name: "Check file" }).click();

    const summary = page.getByTestId("import-summary");
    await expect(summary).toContainText("Rows in the file: 3");
    await expect(summary).toContainText("Invalid: 1");
    const invalid = page.getByTestId("invalid-rows");
    await expect(invalid.locator("tbody tr")).toHaveCount(1);
    await expect(invalid.locator("tbody tr td").first()).toHaveText("3");
    await expect(invalid).toContainText("Unknown account “No Such Account”.");
    await expect(page.getByRole("button", { name: /^Import rows/ })).toHaveCount(0);

    await page.getByRole("button", { name: "Import only the valid rows: 2" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
    await expect(page.getByTestId("import-outcome")).toHaveText("Created: 2 · updated: 0 · already present: 0");
  });
});

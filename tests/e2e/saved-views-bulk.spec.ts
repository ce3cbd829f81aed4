import { expect, test, type Page } from "@playwright/test";
import { choosePerson, storageStateFor } from "./support";

/**
 * The duplicate warning on create, saved views and the column chooser, and bulk actions on the accounts list.
 * The tests run in order on accounts this spec creates (named with a stamp), so no other spec's data changes.
 */
test.describe.configure({ mode: "serial" });

const STAMP = `E2E Dup ${Date.now().toString(36)}`;
const table = (page: Page) => page.getByRole("table");

async function fillAccount(page: Page, name: string) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Industry").fill("Logistics");
  await page.getByLabel("Region").fill("East China");
  await page.getByLabel("Country").fill("CN");
  await page.getByLabel("Size").selectOption("MEDIUM");
}

test.describe("as a director", () => {
  test.use({ storageState: storageStateFor("DIRECTOR") });

  test("creating an account with an existing account's name shows it and asks; create anyway goes through", async ({ page }) => {
    await page.goto("/accounts?owner=all&sort=name&dir=asc");
    const existing = (await table(page).locator("tbody tr").first().getByRole("link").first().textContent())!.trim();

    await page.goto("/accounts/new");
    await fillAccount(page, `${existing.toUpperCase()} Ltd.`);
    await page.getByRole("button", { name: "Create account" }).click();
    const warning = page.getByTestId("duplicate-candidates");
    await expect(warning).toBeFocused();
    await expect(warning.getByRole("heading")).toHaveText("This account may exist already");
    await expect(warning.getByRole("link", { name: existing })).toHaveAttribute("href", /\/accounts\/[a-z0-9]+$/);
    await expect(warning).toContainText("Same name");
    await expect(page).toHaveURL(/\/accounts\/new$/);

    // Back to the form, a new name: created at once.
    await warning.getByRole("button", { name: "Back to the form" }).click();
    await expect(warning).toBeHidden();
    await page.getByLabel("Name", { exact: true }).fill(STAMP);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(STAMP);

    // A second one with the same name apart from its legal form: asked, then created anyway.
    await page.goto("/accounts/new");
    await fillAccount(page, `${STAMP} Co., Ltd.`);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("duplicate-candidates").getByRole("link", { name: STAMP })).toBeVisible();
    await page.getByRole("button", { name: "Create anyway" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${STAMP} Co., Ltd.`);
  });

  test("bulk reassign: select all on the page, choose the owner, see the report", async ({ page }) => {
    await page.goto(`/accounts?owner=all&q=${encodeURIComponent(STAMP)}`);
    await expect(table(page).locator("tbody tr")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all accounts on this page" }).check();
    await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");
    await page.getByLabel("Action", { exact: true }).selectOption("reassign");
    await choosePerson(page, "New owner", "Sarah Tan");
    await page.getByRole("button", { name: "Apply to 2" }).click();
    await expect(page.getByTestId("bulk-report")).toContainText("2 updated, 0 unchanged, 0 refused.");
    await expect(table(page).locator("tbody tr td:nth-child(3)")).toHaveText(["Sarah Tan", "Sarah Tan"]);
    // Export of the selection: a link to the export route with the ids.
    await expect(page.getByRole("link", { name: "Export 2 as CSV" })).toHaveAttribute("href", /\/accounts\/export\?ids=[a-z0-9]+%2C[a-z0-9]+/);
  });
});

test.describe("as a manager", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("a bulk action on others' accounts is refused row by row, with the reason", async ({ page }) => {
    await page.goto(`/accounts?owner=all&q=${encodeURIComponent(STAMP)}`);
    await table(page).getByRole("checkbox", { name: `Select ${STAMP}`, exact: true }).check();
    await expect(page.getByTestId("bulk-count")).toHaveText("1 selected");
    await expect(page.getByLabel("Action", { exact: true }).locator("option")).toHaveText(["Choose…", "Add a team member"]);
    await page.getByLabel("Action", { exact: true }).selectOption("team");
    // The member is required: without one the form is not sent.
    await page.getByRole("button", { name: "Apply to 1" }).click();
    await expect(page.getByTestId("bulk-report")).toHaveCount(0);
    expect(await page.getByRole("combobox", { name: "Team member" }).evaluate((field: HTMLInputElement) => field.validity.valueMissing)).toBe(true);
    await choosePerson(page, "Team member", "Sarah Tan");
    await page.getByRole("button", { name: "Apply to 1" }).click();
    const report = page.getByTestId("bulk-report");
    await expect(report).toContainText("0 updated, 0 unchanged, 1 refused.");
    await expect(report).toContainText(`${STAMP}: You can only change accounts you own or are a team member of.`);
  });

  test("saves the filters and columns as a view, opens it again, and deletes it", async ({ page }) => {
    const viewName = `${STAMP} view`;
    await page.goto("/accounts?owner=all");
    await page.getByLabel("Stage").selectOption("COOPERATIVE");
    await expect(page).toHaveURL(/stage=COOPERATIVE/);

    await page.getByRole("button", { name: "Columns" }).click();
    const chooser = page.getByRole("group", { name: "Visible columns" });
    await chooser.getByRole("checkbox", { name: "Industry" }).uncheck();
    await chooser.getByRole("checkbox", { name: "Region" }).uncheck();
    await page.getByRole("button", { name: "Show these columns" }).click();
    await expect(page).toHaveURL(/cols=/);
    await expect(table(page).getByRole("columnheader", { name: "Industry" })).toHaveCount(0);

    await page.getByRole("button", { name: /^Views/ }).click();
    await page.getByRole("textbox", { name: "Name" }).fill(viewName);
    await page.getByRole("checkbox", { name: "Share with everyone" }).check();
    await page.getByRole("button", { name: "Save view" }).click();
    await expect(page).toHaveURL(/view=/);
    await expect(page.getByTestId("active-view")).toHaveText(viewName);

    // From the plain list, the view restores the filter and the columns.
    await page.goto("/accounts?owner=all");
    await expect(table(page).getByRole("columnheader", { name: "Industry" })).toHaveCount(1);
    await page.getByRole("button", { name: /^Views/ }).click();
    await page.getByTestId("saved-views").getByRole("link", { name: viewName }).click();
    await expect(page).toHaveURL(/stage=COOPERATIVE.*view=/);
    await expect(page.getByTestId("active-view")).toHaveText(viewName);
    await expect(table(page).getByRole("columnheader", { name: "Industry" })).toHaveCount(0);
    await expect(table(page).getByRole("columnheader", { name: "Owner" })).toHaveCount(1);

    // Deleting asks first.
    await page.getByRole("button", { name: /^Views/ }).click();
    await page.getByRole("button", { name: `Delete view ${viewName}` }).click();
    await page.getByRole("group", { name: `Delete the view “${viewName}”?` }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText(`View “${viewName}” deleted.`)).toBeVisible();
    await expect(page).not.toHaveURL(/view=/);
  });
});

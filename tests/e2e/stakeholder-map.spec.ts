import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNT } from "./pages";
import { choosePerson, createOwnAccount, gotoHydrated, storageStateFor } from "./support";

test.use({ storageState: storageStateFor("MANAGER") });


async function addContact(page: Page, name: string, level: string, fn: string, buyingRole?: string) {
  await page.getByRole("button", { name: "Add contact" }).click();
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Level").selectOption(level);
  await form.getByLabel("Function").selectOption(fn);
  if (buyingRole) await form.getByLabel("Buying role").selectOption(buyingRole);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
  await expect(card(page, name)).toBeVisible();
}

const card = (page: Page, name: string) => page.getByTestId("map-card").filter({ hasText: name });
const panel = (page: Page) => page.getByTestId("stakeholder-panel");
const gaps = (page: Page) => page.getByTestId("stakeholder-gaps");

async function setManager(page: Page, name: string, manager: string) {
  const select = panel(page).getByLabel("Reports to");
  await select.selectOption({ label: manager });
  await panel(page).getByRole("button", { name: "Save" }).first().click();
  await expect(panel(page).getByRole("status")).toHaveText("Saved.");
  await panel(page).getByRole("button", { name: "Close" }).click();
  await expect(panel(page)).toHaveCount(0);
  // Focus goes back to the card the panel was opened from.
  await expect(page.getByRole("button", { name: `Edit ${name}` })).toBeFocused();
}

test("builds an org chart on the stakeholder map and closes the “no decision maker covered” gap", async ({ page }) => {
  const { url } = await createOwnAccount(page, "Org");
  await gotoHydrated(page, `${url}?tab=contacts`);
  await page.getByRole("link", { name: "Stakeholder map" }).click();
  await expect(page).toHaveURL(/view=map/);
  await expect(gaps(page)).toContainText("No decision maker covered");
  await expect(page.getByText("No current contacts")).toBeVisible();

  await addContact(page, "Anna Chair", "BOARD", "MANAGEMENT");
  await addContact(page, "Ben Finance", "DIRECTOR", "FINANCE");
  await addContact(page, "Cara Buyer", "MANAGER", "PURCHASING", "PURCHASER");
  await expect(page.getByTestId("role-placeholder")).toHaveCount(4);

  await page.getByRole("button", { name: "Edit Ben Finance" }).click();
  await setManager(page, "Ben Finance", "Anna Chair");
  // The keyboard path: a focused card opens with Enter.
  await page.getByRole("button", { name: "Edit Cara Buyer" }).focus();
  await page.keyboard.press("Enter");
  await expect(panel(page).getByRole("heading", { name: "Cara Buyer" })).toBeFocused();
  // Anna reports to nobody yet; Cara may report to Ben. (Ben cannot report to Cara later: that would be a loop.)
  await setManager(page, "Cara Buyer", "Ben Finance");
  await expect(page.getByTestId("stakeholder-viewport").locator("path")).toHaveCount(2);

  await addContact(page, "Dora Decider", "BOARD", "MANAGEMENT", "DECISION_MAKER");
  await expect(gaps(page)).toContainText("Decision maker not covered: Dora Decider");
  await expect(card(page, "Dora Decider").getByTestId("marker-uncovered")).toBeVisible();

  await page.getByRole("button", { name: "Edit Dora Decider" }).click();
  await choosePerson(panel(page), "Our person covering Dora Decider");
  await panel(page).getByRole("button", { name: "Assign" }).click();
  await expect(gaps(page)).not.toContainText("No decision maker covered");
  await expect(gaps(page)).not.toContainText("Decision maker not covered");
  await expect(card(page, "Dora Decider").getByTestId("marker-uncovered")).toHaveCount(0);
  await expect(panel(page).getByLabel(/^Level now/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("link", { name: "Stakeholder map" })).toHaveAttribute("aria-current", "page");
});

test("the demo account's map shows a whole organisation, zooms and pans from the keyboard", async ({ page }) => {
  // The server's time for the whole tab (layout, header, map data), warm, as the report states it.
  const url = `/accounts/${DEMO_ACCOUNT}?tab=contacts&view=map`;
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const started = Date.now();
    const response = await page.request.get(url);
    expect(response.ok()).toBe(true);
    await response.body();
    times.push(Date.now() - started);
  }
  console.log(`contacts tab (map view) of the demo account: ${times.join(", ")} ms (first one cold)`);

  await page.goto(`/accounts/${DEMO_ACCOUNT}?tab=contacts&view=map`);
  await expect(page.getByTestId("map-card").first()).toBeVisible();
  expect(await page.getByTestId("map-card").count()).toBeGreaterThanOrEqual(40);
  const viewport = page.getByTestId("stakeholder-viewport");
  const layer = viewport.locator("> div");
  const before = await layer.getAttribute("style");
  await viewport.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(layer).not.toHaveAttribute("style", before!);
  const panned = await layer.getAttribute("style");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(layer).not.toHaveAttribute("style", panned!);
});

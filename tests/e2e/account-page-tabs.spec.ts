import { expect, test, type Page } from "@playwright/test";
import { choosePerson, createOwnAccount, gotoHydrated, storageStateFor } from "./support";

test.use({ storageState: storageStateFor("MANAGER") });


async function addContact(page: Page, name: string, level: string, fn: string) {
  await page.getByRole("button", { name: "Add contact" }).click();
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Level").selectOption(level);
  await form.getByLabel("Function").selectOption(fn);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("contact-card").filter({ hasText: name })).toBeVisible();
}

/** Picks `name` (or, without one, the first person offered) to cover `contact`, and assigns. */
async function cover(page: Page, contact: string, name?: string) {
  const card = page.getByTestId("contact-card").filter({ hasText: contact });
  await choosePerson(card, `Our person covering ${contact}`, name);
  await card.getByRole("button", { name: "Assign" }).click();
}

const pattern = (page: Page) => page.getByTestId("coverage-pattern");

test.describe("the account's contacts, activities and plan", () => {
  test("adds contacts and coverage lines and sees the pattern go from none to diamond", async ({ page }) => {
    const { url } = await createOwnAccount(page, "Work");
    await gotoHydrated(page, `${url}?tab=contacts`);
    await expect(pattern(page)).toHaveAttribute("data-pattern", "NONE");
    await expect(page.getByRole("heading", { name: "No contacts yet" })).toBeVisible();

    // A required field left empty is reported before anything is sent.
    await page.getByRole("button", { name: "Add contact" }).click();
    const form = page.getByRole("form", { name: "New contact" });
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("This field is required.").first()).toBeVisible();
    await form.getByRole("button", { name: "Cancel" }).click();

    await addContact(page, "Anna Finance", "DIRECTOR", "FINANCE");
    await cover(page, "Anna Finance", "Daniel Weber");
    await expect(pattern(page)).toHaveAttribute("data-pattern", "SINGLE_THREADED");
    await expect(pattern(page)).toHaveText("Single-threaded");
    await expect(page.getByTestId("coverage-lines")).toContainText("Daniel Weber covers Anna Finance (Director, Finance)");

    await addContact(page, "Bo Purchasing", "MANAGER", "PURCHASING");
    await cover(page, "Bo Purchasing");
    await expect(pattern(page)).toHaveAttribute("data-pattern", "DIAMOND");
    await expect(page.getByTestId("coverage-lines").getByRole("listitem")).toHaveCount(2);
    await expect(page.getByTestId("relationship-map")).toBeVisible();
    await page.screenshot({ path: "test-results/account-page-contacts.png", fullPage: true });
  });

  test("logs an activity in two clicks and sees it at the top of the timeline; plans from scratch", async ({ page }) => {
    const { url } = await createOwnAccount(page, "Work");
    await gotoHydrated(page, `${url}?tab=activities`);
    await expect(page.getByRole("heading", { name: "Nothing logged yet" })).toBeVisible();

    await page.getByRole("button", { name: "Meeting", exact: true }).click();
    await page.getByLabel("Summary").fill("Quarterly review with purchasing");
    await page.getByRole("button", { name: "Log Meeting" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Activity logged." })).toBeVisible();
    const first = page.getByTestId("timeline").getByRole("listitem").first();
    await expect(first).toContainText("Quarterly review with purchasing");
    await expect(first).toContainText("Meeting");
    await expect(first).toContainText("Logged by Daniel Weber");
    await page.screenshot({ path: "test-results/account-page-activities.png", fullPage: true });

    await gotoHydrated(page, `${url}?tab=plan`);
    await expect(page.getByRole("heading", { name: "No account plan yet" })).toBeVisible();
    await page.getByRole("button", { name: "New plan" }).click();
    await page.getByRole("button", { name: "Add objective" }).click();
    await page.getByRole("textbox", { name: "Objective 1" }).fill("Reach the board");
    await page.getByRole("button", { name: "Create plan" }).click();
    await expect(page.getByTestId("plan-objective")).toContainText("Reach the board");
    await page.getByRole("button", { name: "Add task" }).click();
    await page.getByLabel("Task", { exact: true }).fill("Meet the CEO");
    await page.getByLabel("Due date").fill("2020-01-31");
    await page.getByRole("button", { name: "Save" }).click();
    const task = page.getByTestId("plan-task").filter({ hasText: "Meet the CEO" });
    await expect(task).toContainText("Overdue");
    await task.getByLabel("Status of “Meet the CEO”").selectOption("DONE");
    await expect(page.getByTestId("plan-completion")).toHaveText("100% of tasks done");
    await expect(task).not.toContainText("Overdue");
    await page.screenshot({ path: "test-results/account-page-plan.png", fullPage: true });
  });
});

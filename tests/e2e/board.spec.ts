import { expect, test, type Locator, type Page } from "@playwright/test";
import { BOARD_PAGE_SIZE } from "@/lib/board/schemas";
import { choosePerson, isHydrated, storageStateFor } from "./support";

/**
 * Each test moves cards of its own owner + industry slice (Sarah Tan, the demo manager with the fewest
 * accounts) and takes the column's LAST card (lowest revenue, never a showcase key account), so no other spec's
 * data is touched and a retry simply takes the next card.
 */
const OWNER = "Sarah Tan";

/**
 * Drag and drop loads when the pointer first enters the columns; dnd-kit mounts its live region then (so the board
 * is hydrated too). A pointer over the board before hydration does nothing: move it again until the layer is there.
 */
async function dragReady(page: Page) {
  const columns = page.getByTestId("board-columns");
  await expect(async () => {
    await page.mouse.move(0, 0);
    await columns.hover({ position: { x: 20, y: 20 } });
    await expect(page.locator("[id^=DndLiveRegion]")).toBeAttached({ timeout: 1_000 });
  }).toPass();
}

async function gotoBoard(page: Page, url = "/board") {
  await page.goto(url);
  await dragReady(page);
}

async function reloadBoard(page: Page) {
  await page.reload();
  await dragReady(page);
}

async function openBoard(page: Page, industry: string) {
  await gotoBoard(page);
  await choosePerson(page, "Owner", OWNER);
  await page.getByLabel("Industry").selectOption(industry);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/owner=c.+&.*industry=/);
  await dragReady(page);
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });
const cardIn = (col: Locator, name: string) => col.getByTestId("board-card").filter({ has: col.page().getByRole("link", { name, exact: true }) });

async function lastCard(page: Page, stage: string) {
  const card = column(page, stage).getByTestId("board-card").last();
  const name = (await card.getByRole("link").first().textContent())!.trim();
  return { card, name };
}

/** The card's "Move to…" button opens the board's move dialog. */
const moveDialog = (page: Page) => page.getByRole("dialog", { name: /^Move to…/ });

async function moveWithMenu(card: Locator, stage: string) {
  await card.getByRole("button", { name: /^Move to…/ }).click();
  await moveDialog(card.page()).getByRole("button", { name: stage, exact: true }).click();
}

test.describe("relationship-stage board", () => {
  test.use({ storageState: storageStateFor("DIRECTOR") });

  test("drags a card to the next stage with the mouse; the move is saved", async ({ page }) => {
    await openBoard(page, "Telecom");
    const { card, name } = await lastCard(page, "Exploratory");
    const handle = card.getByRole("button", { name: `Drag ${name} to another stage` });
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    const to = (await column(page, "Basic").boundingBox())!;
    // Columns stretch to the tallest one, so the Basic column is under the pointer at the handle's height.
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, from.y + 10, { steps: 15 });
    await page.mouse.up();

    await expect(cardIn(column(page, "Basic"), name)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `${name} moved to Basic.` })).toBeVisible();
    await reloadBoard(page);
    await expect(cardIn(column(page, "Basic"), name)).toBeVisible();
    await expect(cardIn(column(page, "Exploratory"), name)).toHaveCount(0);
  });

  test("moves a card to uncoupling through the dialog, which requires a reason and a note", async ({ page }) => {
    await openBoard(page, "Chemicals");
    const { card, name } = await lastCard(page, "Basic");
    await moveWithMenu(card, "Disintegrating");

    const dialog = page.getByRole("dialog", { name: `Move ${name} to uncoupling` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("group", { name: "Internal" })).toBeVisible();
    await dialog.getByRole("button", { name: "Move to uncoupling" }).click();
    await expect(dialog.getByText("Choose at least one reason.")).toBeVisible();
    await expect(dialog.getByText("This field is required.")).toBeVisible();

    await dialog.getByRole("checkbox", { name: "Quality problems" }).check();
    await dialog.getByRole("checkbox", { name: "Customer attitude" }).check();
    await dialog.getByLabel("Note").fill("Orders moved to a competitor after two late deliveries.");
    await dialog.getByRole("button", { name: "Move to uncoupling" }).click();
    await expect(dialog).toBeHidden();

    const uncoupled = cardIn(column(page, "Disintegrating"), name);
    await expect(uncoupled).toBeVisible();
    await reloadBoard(page);
    await expect(uncoupled).toBeVisible();
    // From uncoupling the only way back is a restart at exploratory.
    await uncoupled.getByRole("button", { name: /^Move to…/ }).click();
    await expect(moveDialog(page).getByRole("listitem")).toHaveText(["Exploratory"]);
  });

  test("moves a card with the keyboard: Space on the drag handle, ArrowRight, Space", async ({ page }) => {
    await openBoard(page, "Energy");
    const { card, name } = await lastCard(page, "Exploratory");
    const announcer = page.locator("[id^=DndLiveRegion]");
    await card.getByRole("button", { name: `Drag ${name} to another stage` }).focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText(`Picked up ${name}, now at Exploratory.`);
    await page.keyboard.press("ArrowRight");
    await expect(announcer).toHaveText(`${name} is over the Basic column.`);
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText(`${name} was dropped on Basic.`);

    await expect(cardIn(column(page, "Basic"), name)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `${name} moved to Basic.` })).toBeVisible();
    await reloadBoard(page);
    await expect(cardIn(column(page, "Basic"), name)).toBeVisible();
  });

  test("of two people moving the same card, the second is told of the conflict and sees the current board", async ({ browser }) => {
    const first = await browser.newContext({ storageState: storageStateFor("DIRECTOR") });
    const second = await browser.newContext({ storageState: storageStateFor("DIRECTOR") });
    const pageA = await first.newPage();
    const pageB = await second.newPage();
    await openBoard(pageA, "Financial Services");
    await openBoard(pageB, "Financial Services");
    const { card, name } = await lastCard(pageA, "Exploratory");
    await moveWithMenu(card, "Basic");
    await expect(pageA.getByRole("status").filter({ hasText: `${name} moved to Basic.` })).toBeVisible();

    await moveWithMenu(cardIn(column(pageB, "Exploratory"), name), "Cooperative");
    await expect(pageB.getByRole("alert").filter({ hasText: `Someone else changed ${name} in the meantime` })).toBeVisible();
    // Rolled back, then refreshed: the card shows where the first person put it.
    await expect(cardIn(column(pageB, "Basic"), name)).toBeVisible();
    await expect(cardIn(column(pageB, "Cooperative"), name)).toHaveCount(0);
    await first.close();
    await second.close();
  });

  test("drag and drop loads when the focus first enters the board, and the focus stays on the drag handle", async ({ page }) => {
    await page.goto("/board?owner=all");
    const announcer = page.locator("[id^=DndLiveRegion]");
    const handle = page.getByRole("button", { name: /^Drag / }).first();
    // Hydrated, and nothing has entered the board yet: no drag layer.
    await expect.poll(() => handle.evaluate(isHydrated)).toBe(true);
    await expect(announcer).toHaveCount(0);
    await handle.focus();
    await expect(announcer).toBeAttached();
    // The draggable cards replaced the plain ones; the handle that had the focus has it again.
    await expect(handle).toBeFocused();
    await expect(handle).toHaveAttribute("aria-roledescription", "draggable");
  });

  test("shows counts, revenue and stage guidance; the page answers quickly with all 2,000+ accounts", async ({ page }) => {
    await gotoBoard(page, "/board?owner=all");
    const basic = column(page, "Basic");
    await expect(basic.getByTestId("column-count")).toHaveText(/^\d[\d,]* accounts$/);
    await expect(basic.getByTestId("board-card")).toHaveCount(BOARD_PAGE_SIZE);
    await basic.getByRole("button", { name: /^Show more/ }).click();
    await expect(basic.getByTestId("board-card")).toHaveCount(2 * BOARD_PAGE_SIZE);
    // "Show more" continues from the column's cursor: a third page, and no card twice.
    await basic.getByRole("button", { name: /^Show more/ }).click();
    await expect(basic.getByTestId("board-card")).toHaveCount(3 * BOARD_PAGE_SIZE);
    const ids = await basic.getByTestId("board-card").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-account-id")));
    expect(new Set(ids).size).toBe(3 * BOARD_PAGE_SIZE);

    const guidance = basic.getByText(/^Bow-tie: the relationship rests on/);
    await basic.getByRole("button", { name: "Guidance for the Basic stage" }).click();
    await expect(guidance).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(guidance).toBeHidden();

    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const started = Date.now();
      const response = await page.request.get("/board?owner=all");
      expect(response.ok()).toBe(true);
      await response.body();
      if (i > 0) times.push(Date.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = (times[4] + times[5]) / 2;
    test.info().annotations.push({ type: "board response (median of 10, ms)", description: String(median) });
    console.log(`/board?owner=all server response: median ${median} ms of 10 (${times.join(", ")})`);
    expect(median).toBeLessThan(1000);
  });
});

test.describe("a manager's board", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("starts with his own accounts and offers no moves on others' accounts", async ({ page }) => {
    await gotoBoard(page);
    await expect(page.getByLabel("Owner")).toHaveValue("My accounts");
    await expect(page.getByTestId("board-card").first().getByText("Owner: Daniel Weber")).toBeVisible();

    await choosePerson(page, "Owner", OWNER);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/owner=c/);
    const foreign = column(page, "Exploratory").getByTestId("board-card").first();
    await expect(foreign.getByText(`Owner: ${OWNER}`)).toBeVisible();
    await expect(foreign.getByRole("button", { name: /^Drag / })).toHaveCount(0);
    await expect(foreign.getByRole("button", { name: /^Move to…/ })).toHaveCount(0);
  });
});

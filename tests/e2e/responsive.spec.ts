import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { APP_PAGES, axeFindings, openPage } from "./pages";
import { storageStateFor } from "./support";

/** Desktop, laptop, tablet and phone: every page is checked at each of these sizes, the first being where it opens. */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;

/** The widths whose screenshots are kept as artifacts (each costs a fifth of a second). */
const SCREENSHOT_WIDTHS: readonly number[] = [1440, 390];

/**
 * What is wrong with the layout as it stands: the page scrolls sideways, a table or the board is wider than its
 * container without that container scrolling (so columns are cut off), or the board is taller than the window
 * (its sideways scrollbar would sit below the fold).
 */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    const cut = (element: Element, what: string) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow === "visible") continue;
        if ((overflow === "hidden" || overflow === "clip") && element.scrollWidth > parent.clientWidth + 1) {
          problems.push(`${what} is ${element.scrollWidth - parent.clientWidth} px wider than its container, which does not scroll`);
        }
        return;
      }
    };
    document.querySelectorAll("table").forEach((table, i) => {
      if (table.offsetParent !== null) cut(table, `table ${i + 1} (${table.getAttribute("aria-label") ?? table.caption?.textContent?.slice(0, 40) ?? ""})`);
    });
    const board = document.querySelector<HTMLElement>('[data-testid="board-columns"]');
    if (board) {
      const style = getComputedStyle(board);
      if (style.overflowX !== "auto" && style.overflowX !== "scroll" && board.scrollWidth > board.clientWidth) problems.push("the board's columns are cut off");
      if (board.getBoundingClientRect().height > window.innerHeight) problems.push(`the board is ${Math.round(board.getBoundingClientRect().height - window.innerHeight)} px taller than the window`);
    }
    return problems;
  });
}

/**
 * Loads each page once and checks it at every width (the layout follows the viewport without a reload), with
 * screenshots as artifacts. With `axe`, the page is also checked for accessibility at 1440 px in English here,
 * which spares a second load of every page (accessibility.spec.ts does the Chinese pass).
 */
async function checkPages(page: Page, paths: readonly string[], testInfo: TestInfo, { axe = false } = {}) {
  const failures: string[] = [];
  for (const path of paths) {
    await page.setViewportSize(VIEWPORTS[0]);
    const response = await openPage(page, path);
    expect(response?.status(), path).toBeLessThan(400);
    if (axe) failures.push(...(await axeFindings(page, path)));
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      // Charts that measure their container (recharts) follow the new width a render later, which on a loaded
      // machine can take a while: look again for up to 3 s before a problem counts. One that stays is reported.
      let problems: string[] = [];
      for (let attempt = 0; attempt < 15; attempt++) {
        // Two frames, or a second at most: a frame can fail to come at all (seen once in a full run: the test
        // hung here until its timeout), and the look again below covers a late render either way.
        if (attempt === 0) await page.evaluate(() => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 1_000); }));
        else await page.waitForTimeout(200);
        problems = await layoutProblems(page);
        if (problems.length === 0) break;
      }
      for (const problem of problems) failures.push(`${path} at ${viewport.width} px: ${problem}`);
      if (!SCREENSHOT_WIDTHS.includes(viewport.width)) continue;
      const name = `${path.replace(/[/?=]+/g, "_").replace(/^_/, "") || "root"}-${viewport.width}.jpeg`;
      await testInfo.attach(name, { body: await page.screenshot({ type: "jpeg", quality: 50 }), contentType: "image/jpeg" });
    }
  }
  expect(failures).toEqual([]);
}

test.describe("responsive layout", () => {
  test.describe("as an admin (every page)", () => {
    test.use({ storageState: storageStateFor("ADMIN") });
    test.setTimeout(480_000);

    test("no page scrolls sideways and no table or board is cut, at 1440, 1280, 768 and 390 px; no serious axe violation in English", async ({ page }, testInfo) => {
      await checkPages(page, APP_PAGES, testInfo, { axe: true });
    });
  });

  test.describe("as a manager", () => {
    test.use({ storageState: storageStateFor("MANAGER") });

    test("his own views fit too: dashboard, accounts, board, my work", async ({ page }, testInfo) => {
      await checkPages(page, ["/dashboard", "/accounts", "/board", "/my-work"], testInfo);
    });

    test("below 1024 px the sidebar is a drawer: opens from the menu button, keeps focus, closes on Escape and on navigation", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/dashboard");
      const nav = page.getByRole("navigation", { name: "Main navigation" });
      await expect(nav).toBeHidden();
      const menu = page.getByRole("button", { name: "Open menu" });
      await menu.click();
      const drawer = page.getByRole("dialog", { name: "Menu" });
      await expect(drawer).toBeVisible();
      await expect(nav.getByRole("link", { name: "Accounts" })).toBeVisible();
      // Focus starts inside and Tab cycles inside: from the last control it comes back to the first.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("#app-sidebar"))).toBe(true);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => !!document.activeElement?.closest("#app-sidebar"))).toBe(true);
      }
      await page.keyboard.press("Escape");
      await expect(drawer).toBeHidden();
      await expect(menu).toBeFocused();

      await menu.click();
      await nav.getByRole("link", { name: "Accounts" }).click();
      await expect(page).toHaveURL(/\/accounts$/);
      await expect(page.getByRole("dialog", { name: "Menu" })).toBeHidden();
      await expect(nav).toBeHidden();
    });

    test("from 1024 px the sidebar stays in view: language switch and sign-out never scroll away", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto("/dashboard");
      await expect(page.getByRole("button", { name: "Open menu" })).toBeHidden();
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
      await expect(page.getByRole("group", { name: "Language" })).toBeInViewport();
    });

    test("the board fits the window: all six columns reachable by its own sideways scroll, the card menu opens as a dialog", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/board");
      const board = page.getByTestId("board-columns");
      await board.scrollIntoViewIfNeeded();
      const box = (await board.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(844);
      await expect(page.locator("[data-testid=board-columns] > * section")).toHaveCount(6);
      const last = page.getByRole("region", { name: "Disintegrating", exact: true });
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      const card = page.getByTestId("board-card").filter({ has: page.getByRole("button", { name: /^Move to…/ }) }).first();
      await card.scrollIntoViewIfNeeded();
      await card.getByRole("button", { name: /^Move to…/ }).click();
      const dialog = page.getByRole("dialog", { name: /^Move to…/ });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("listitem").first()).toBeInViewport();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
    });
  });
});

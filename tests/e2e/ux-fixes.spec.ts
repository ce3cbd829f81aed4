import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNT } from "./pages";
import { gotoHydrated, storageStateFor } from "./support";

/** The defects of issue 17, each checked where the user met it. */

test.describe("titles, statuses, icons", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("every page and record has its own title, in the user's language", async ({ page, context, baseURL }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveTitle("Dashboard · KAM");
    await page.goto("/admin/users");
    await expect(page).toHaveTitle("Users · Administration · KAM");
    await page.goto(`/accounts/${DEMO_ACCOUNT}`);
    const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await expect(page).toHaveTitle(`${name} · Accounts · KAM`);
    await page.goto(`/accounts/${DEMO_ACCOUNT}?tab=orders`);
    await expect(page).toHaveTitle(`Orders · ${name} · Accounts · KAM`);
    await context.addCookies([{ name: "kam_locale", value: "zh", url: baseURL! }]);
    await page.goto(`/accounts/${DEMO_ACCOUNT}`);
    await expect(page).toHaveTitle(`${name} · 客户 · KAM`);
    await context.clearCookies({ name: "kam_locale" });
  });

  test("missing records answer 404 inside the app; the favicon, touch icon and install manifest are served", async ({ page, playwright, baseURL }) => {
    for (const path of ["/accounts/cacc-missing", "/contacts/ccon-missing", "/scoring/cacc-missing", "/accounts/cacc-missing/edit"]) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 404]);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeAttached();
    }
    await page.goto("/dashboard");
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon\.svg/);
    const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute("href"))!;
    // Without the session, as the browser fetches them (the sign-in page links them too).
    const anonymous = await playwright.request.newContext({ baseURL });
    const icon = await anonymous.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    const manifest = await (await anonymous.get(manifestHref)).json();
    expect(manifest).toMatchObject({ short_name: "KAM", display: "standalone", theme_color: "#2158c2" });
    for (const { src } of manifest.icons as { src: string }[]) expect([src, (await anonymous.get(src)).status()]).toEqual([src, 200]);
    expect((await anonymous.get("/apple-icon")).headers()["content-type"]).toContain("image/png");
    await anonymous.dispose();
  });
});

test("a manager who opens an admin page gets status 403", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("MANAGER") });
  const page = await context.newPage();
  for (const path of ["/admin", "/admin/users"]) {
    const response = await page.goto(path);
    expect([path, response?.status()]).toEqual([path, 403]);
    await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  }
  await context.close();
});

test.describe("scoring", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  async function discardDraftIfAny(page: Page) {
    const discard = page.getByRole("button", { name: "Discard draft" });
    if (await discard.isVisible()) {
      page.once("dialog", (dialog) => dialog.accept());
      await discard.click();
      await expect(page.getByRole("button", { name: "Start draft" })).toBeVisible();
    }
  }

  test("admin: active factors visible without a draft; Publish waits for saved 100 % weights; an unchanged draft is refused", async ({ page }) => {
    await page.goto("/admin/scoring");
    await discardDraftIfAny(page);
    const active = page.getByTestId("active-factors");
    await expect(active.getByRole("table")).toHaveCount(2);
    await expect(active.getByRole("rowheader", { name: "Credit standing" })).toBeVisible();

    const start = page.getByRole("button", { name: "Start draft" });
    const heading = page.getByRole("heading", { name: /^Draft version \d+$/ });
    await expect(async () => {
      if (await start.isVisible()) await start.click();
      await expect(heading).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
    const version = (await heading.textContent())!.replace(/\D+/g, "");
    const publish = page.getByRole("button", { name: `Publish version ${version}` });

    // Unchanged copy of the active version: refused with a clear message.
    page.once("dialog", (dialog) => dialog.accept());
    await publish.click();
    await expect(page.getByRole("alert").filter({ hasText: "identical to the active version" })).toBeVisible();

    const credit = page.getByLabel("Weight of Credit standing");
    const weight = Number(await credit.inputValue());
    await credit.fill(String(weight + 5));
    await expect(publish).toBeDisabled();
    await expect(page.getByTestId("publish-blocked")).toHaveText(/Save the draft first/);
    await credit.fill(String(weight));
    // Still unsaved: publishing would drop the edit, so it stays blocked until saved.
    await expect(publish).toBeDisabled();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expect(publish).toBeEnabled();
    await discardDraftIfAny(page);
  });

  test("assessment form: unscored factors say so, and the 'score at least one' refusal goes once a factor is scored", async ({ page }) => {
    await page.goto(`/scoring/${DEMO_ACCOUNT}`);
    const clears = page.getByRole("button", { name: /^Clear the score of/ });
    await expect(clears.first()).toBeVisible();
    for (const button of await clears.all()) if (await button.isEnabled()) await button.click();
    const rows = page.locator('[data-testid^="factor-"]');
    await expect(rows.first().getByTestId("not-scored")).toHaveText("Not scored");
    await expect(page.getByTestId("not-scored")).toHaveCount(await rows.count());
    await page.getByRole("button", { name: "Save assessment" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Score at least one factor before saving." });
    await expect(refusal).toBeVisible();
    await rows.first().getByRole("spinbutton").fill("7");
    await expect(refusal).toHaveCount(0);
    await expect(rows.first().getByTestId("not-scored")).toHaveCount(0);
  });
});

test.describe("lists, dashboard, contacts and activities", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("the import page preselects the list it was opened from", async ({ page }) => {
    await page.goto("/accounts?owner=all");
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("radio", { name: /^Accounts/ })).toBeChecked();
    await page.goto("/contacts");
    await page.getByRole("link", { name: /Import/ }).first().click();
    await expect(page.getByRole("radio", { name: /^Contacts/ })).toBeChecked();
  });

  test("accounts have a local-language name: the list search finds 上海", async ({ page }) => {
    await page.goto("/accounts?owner=all&q=%E4%B8%8A%E6%B5%B7");
    const rows = page.locator("table tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first()).toContainText("上海");
  });

  test("dashboard: stage bars have a legend; the nine-box lists more names on request", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByTestId("stage-legend")).toContainText("Figures: accounts / of which key accounts");
    await page.getByRole("button", { name: "Nine-box" }).click();
    const cells = page.getByTestId("nine-box-cell");
    await expect(cells).toHaveCount(9);
    // The first cell with more accounts than it lists: its "+N more" opens the whole list inside the cell.
    let index = -1;
    for (let i = 0; i < 9 && index < 0; i++) if ((await cells.nth(i).getByRole("button", { name: /^\+\d+ more$/ }).count()) > 0) index = i;
    expect(index).toBeGreaterThanOrEqual(0);
    const cell = cells.nth(index);
    const before = await cell.getByRole("link").count();
    await cell.getByRole("button", { name: /^\+\d+ more$/ }).click();
    await expect(cell.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
    expect(await cell.getByRole("link").count()).toBeGreaterThan(before);
  });

  test("the English UI shows personality types in English only; the contact's attitude sits with the contact's facts", async ({ page }) => {
    await page.goto("/contacts?personality=ANALYTICAL");
    await page.locator("table tbody tr a[href^='/contacts/']").first().click();
    await expect(page.getByText(/^Analytical: wants data and facts\.$/)).toBeVisible();
    await expect(page.locator("main")).not.toContainText("分析型");
    await expect(page.getByTestId("contact-attitude")).toBeVisible();
    await expect(page.getByRole("region", { name: "Account" }).getByText(/^(Supporter|Neutral|Opponent)$/)).toHaveCount(0);
  });

  test("a new contact's e-mail and phone show on its card; participants are picked from the account's contacts", async ({ page }) => {
    const stamp = Date.now();
    const contact = `E2E Reach ${stamp}`;
    await gotoHydrated(page, `/accounts/${DEMO_ACCOUNT}?tab=contacts`);
    await page.getByRole("button", { name: "Add contact" }).click();
    const form = page.getByRole("form", { name: "New contact" });
    await form.getByLabel("Name", { exact: true }).fill(contact);
    await form.getByLabel("Level").selectOption("MANAGER");
    await form.getByLabel("Function").selectOption("PURCHASING");
    await form.getByLabel("E-mail").fill(`reach.${stamp}@example.com`);
    await form.getByLabel("Phone").fill("+86 21 5555 0101");
    await form.getByRole("button", { name: "Save" }).click();
    const card = page.getByTestId("contact-card").filter({ hasText: contact });
    await expect(card.getByRole("link", { name: `E-mail: reach.${stamp}@example.com` })).toHaveAttribute("href", `mailto:reach.${stamp}@example.com`);
    await expect(card.getByRole("link", { name: "Phone: +86 21 5555 0101" })).toHaveAttribute("href", "tel:+862155550101");
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(250);

    await gotoHydrated(page, `/accounts/${DEMO_ACCOUNT}?tab=activities`);
    await page.getByLabel("Summary").fill(`Call ${stamp}`);
    await page.getByText("Date, contact and participants").click();
    const picker = page.getByTestId("participants-picker");
    await picker.getByRole("checkbox", { name: contact }).check();
    await picker.getByLabel("Others (not in the contact list)").fill("Guest Speaker");
    await page.getByRole("button", { name: "Log Call" }).click();
    await expect(page.getByText(`Call ${stamp}`)).toBeVisible();
    await expect(page.getByText(`With ${contact}, Guest Speaker`)).toBeVisible();
  });
});

test.describe("as a manager", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("the dashboard's owner filter agrees with “My accounts”", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "My accounts" })).toHaveAttribute("aria-current", "true");
    const owner = page.getByLabel("Owner");
    await expect(owner).toBeDisabled();
    await expect(owner.locator("option:checked")).toHaveText("My accounts");
    await page.getByRole("link", { name: "Whole portfolio" }).click();
    await expect(page.getByLabel("Owner")).toBeEnabled();
    await expect(page.getByLabel("Owner")).toHaveValue("All owners");
  });
});

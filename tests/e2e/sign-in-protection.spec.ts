import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./support";

/** A demo user no saved sign-in (auth.setup.ts) belongs to: ending its sessions disturbs no other spec. */
const USER = "manager8@demo.kam";

async function fillAndSubmit(page: Page, email: string, password: string) {
  await page.getByLabel(/^(E-mail|电子邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
}

/** A signed-in browser, and a second one holding a copy of its session cookie. */
async function signedInWithCopy(browser: Browser) {
  const original = await browser.newContext();
  const page = await original.newPage();
  await page.goto("/login");
  await fillAndSubmit(page, USER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/my-work$/);
  const copy = await browser.newContext({ storageState: await original.storageState() });
  const copyPage = await copy.newPage();
  await copyPage.goto("/dashboard");
  await expect(copyPage.getByTestId("user-name")).toHaveText("Sarah Tan");
  return { original, page, copy, copyPage };
}

test.describe("sign-in protection", () => {
  test("repeated failures are throttled with the wait time, for an unknown e-mail as for a known one", async ({ page }) => {
    const email = `nobody-${Date.now()}@e2e.test`;
    await page.goto("/login");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await fillAndSubmit(page, email, `guess-${attempt}`);
      await expect(page.getByTestId("sign-in-error")).toHaveText("The e-mail or password is not correct.");
    }
    await fillAndSubmit(page, email, "guess-5");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Too many failed sign-ins. Wait 15 min before trying again.");
    await fillAndSubmit(page, email, "guess-6");
    await expect(page.getByTestId("sign-in-error")).toHaveText(/^Too many failed sign-ins\. Wait 1[45] min before trying again\.$/);
    await expect(page).toHaveURL(/\/login/);


    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.getByRole("heading", { name: "登录 KAM" })).toBeVisible();
    await fillAndSubmit(page, email, "guess-7");
    await expect(page.getByTestId("sign-in-error")).toHaveText(/^登录失败次数过多。请等待 1[45] 分钟后再试。$/);
    await page.getByRole("button", { name: "English" }).click();
  });

  test("a target that leaves the site is not followed after sign-in", async ({ browser }) => {
    for (const target of ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await fillAndSubmit(page, USER, DEMO_PASSWORD);
      await expect(page).toHaveURL(/^http:\/\/localhost:3100\/my-work$/);
      await context.close();
    }
  });

  test("'End all sessions' ends the session in another browser holding a copy of the cookie", async ({ browser }) => {
    const { original, page, copy, copyPage } = await signedInWithCopy(browser);
    await page.getByRole("button", { name: "End all sessions" }).click();
    const dialog = page.getByRole("dialog", { name: "End all your sessions?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "End all sessions" }).click();
    await expect(page).toHaveURL(/\/login/);

    await copyPage.goto("/dashboard");
    await expect(copyPage).toHaveURL(/\/login/);
    await expect(copyPage.getByRole("heading", { name: "Sign in to KAM" })).toBeVisible();
    await original.close();
    await copy.close();
  });

  test("signing out ends a copied session cookie too", async ({ browser }) => {
    const { original, page, copy, copyPage } = await signedInWithCopy(browser);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);

    await copyPage.goto("/accounts");
    await expect(copyPage).toHaveURL(/\/login/);
    await original.close();
    await copy.close();
  });
});

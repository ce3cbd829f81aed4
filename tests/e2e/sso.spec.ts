import { expect, test, type Page } from "@playwright/test";

/**
 * Single sign-on against a real OpenID Connect provider (tests/support/oidc-provider.ts), which Playwright starts
 * before the app; the app is configured for it through KAM_OIDC_* (playwright.config.ts). The provider's
 * development form takes any login; a login that is an e-mail address is the identity's verified e-mail.
 */
const PROVIDER_BUTTON = "Continue with Test IdP";

test.beforeEach(async ({ page }) => {
  // The provider's development pages load a web font; nothing here may depend on the internet.
  await page.route(/fonts\.(googleapis|gstatic)\.com/, (route) => route.abort());
});

async function signInThroughProvider(page: Page, login: string) {
  await page.getByRole("button", { name: PROVIDER_BUTTON }).click();
  await page.waitForURL(/127\.0\.0\.1:3110\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("ignored-by-the-test-provider");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks the user to let KAM see their e-mail and profile.
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("single sign-on", () => {
  test("the sign-in page offers the identity provider next to the password form", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: PROVIDER_BUTTON })).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
  });

  test("an existing user is matched by e-mail and lands on his home page with his own role", async ({ page }) => {
    await page.goto("/login");
    await signInThroughProvider(page, "manager7@demo.kam");
    await expect(page).toHaveURL(/localhost:3100\/my-work$/);
    await expect(page.getByTestId("user-name")).toHaveText("Huang Lei");
    await expect(page.getByTestId("user-role")).toHaveText("Key account manager");
  });

  test("an unknown user is created on first sign-in with the default role, and found again the next time", async ({ page, browser }) => {
    const email = `new.person.${Date.now()}@sso.example`;
    await page.goto("/login");
    await signInThroughProvider(page, email);
    await expect(page).toHaveURL(/\/my-work$/);
    await expect(page.getByTestId("user-name")).toHaveText(/^New Person \d+$/);
    await expect(page.getByTestId("user-role")).toHaveText("Key account manager");
    const name = await page.getByTestId("user-name").textContent();

    const again = await browser.newContext();
    const second = await again.newPage();
    await second.route(/fonts\.(googleapis|gstatic)\.com/, (route) => route.abort());
    await second.goto("/login");
    await signInThroughProvider(second, email.toUpperCase());
    await expect(second).toHaveURL(/\/my-work$/);
    await expect(second.getByTestId("user-name")).toHaveText(name!);
    await again.close();
  });

  test("the page asked for survives the round trip; an off-site one becomes the home page", async ({ page, browser }) => {
    await page.goto("/login?callbackUrl=%2Faccounts%3Fq%3Dsteel");
    await signInThroughProvider(page, "manager6@demo.kam");
    await expect(page).toHaveURL(/localhost:3100\/accounts\?q=steel$/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.route(/fonts\.(googleapis|gstatic)\.com/, (route) => route.abort());
    await second.goto("/login?callbackUrl=%2F%5Cevil.example");
    await signInThroughProvider(second, "manager6@demo.kam");
    await expect(second).toHaveURL(/localhost:3100\/my-work$/);
    await other.close();
  });
});

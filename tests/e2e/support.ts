import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { clusterPort, clusterUrl, E2E_DATABASE } from "@/lib/platform/clusters";

export const DEMO_PASSWORD = "kam-demo";
export const ROLE_LOGINS = {
  ADMIN: "admin@demo.kam",
  DIRECTOR: "director@demo.kam",
  MANAGER: "manager@demo.kam",
} as const;
export type DemoRole = keyof typeof ROLE_LOGINS;

/** The suite's database (prisma/scripts/start.ts --e2e): DATABASE_URL, or the embedded test cluster's. */
export const e2eDatabaseUrl = () => process.env.DATABASE_URL ?? clusterUrl(clusterPort("test"), E2E_DATABASE);

/** Saved sign-in state per role, written by auth.setup.ts. */
export const storageStateFor = (role: DemoRole) => `test-results/.auth/${role.toLowerCase()}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/E-mail|电子邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

/**
 * A fresh account of the signed-in user, named `<prefix> <random>` so nothing depends on, or changes, another spec's
 * data (random, so earlier runs' accounts never raise the duplicate warning). `base` targets another app instance.
 * Returns the account's URL and name.
 */
export async function createOwnAccount(page: Page, prefix: string, base = "") {
  const name = `${prefix} ${randomUUID().replaceAll("-", "")}`;
  await page.goto(`${base}/accounts/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Industry").fill("Machinery");
  await page.getByLabel("Region").fill("East China");
  await page.getByLabel("Country").fill("CN");
  await page.getByLabel("Size").selectOption("LARGE");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/accounts\/(?!new)[^/?]+$/, { timeout: 30_000 });
  return { url: page.url(), name };
}

/**
 * Opens `url` and waits until React has hydrated every control of the page's main content. An account tab's
 * client code is its own chunk that arrives beside the page's: typing into a field before React owns it would be
 * lost, as a person typing in that instant would lose it.
 */
/** True once React has hydrated `element` (it carries React's fiber then). */
export const isHydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$"));

export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForFunction(() => {
    const controls = [...document.querySelectorAll("main button, main input, main select, main textarea")];
    return controls.length > 0 && controls.every((control) => Object.keys(control).some((key) => key.startsWith("__reactFiber$")));
  });
  return response;
}

/**
 * Chooses `name` in a person picker inside `scope`: types it into the combobox labelled `label` (once React owns the
 * field) and clicks the first person of that name the server offers; without a name, the first person offered.
 */
export async function choosePerson(scope: Page | Locator, label: string, name?: string) {
  const field = scope.getByRole("combobox", { name: label, exact: true });
  await expect.poll(() => field.evaluate(isHydrated)).toBe(true);
  if (name === undefined) await field.click();
  else await field.fill(name);
  // The picker's own list (a form around it may hold selects, whose options have the same role).
  const list = field.page().locator(`[id="${await field.getAttribute("aria-controls")}"]`);
  const option = list.getByRole("option", name === undefined ? {} : { name }).first();
  const chosen = (await option.locator("span").first().textContent())!;
  await option.click();
  await expect(field).toHaveValue(name ?? chosen);
}

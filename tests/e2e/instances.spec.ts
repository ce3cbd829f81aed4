import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { authSecret } from "../../prisma/scripts/auth-secret";
import { createOwnAccount, e2eDatabaseUrl, storageStateFor } from "./support";

/**
 * Several app instances on one database: the suite's server (instance A, port 3100, which also runs the job worker)
 * and a second production server started here from the same build (instance B), as a load balancer would run them.
 * Nothing either keeps in its own memory may matter to the other: sessions, data, sign-in throttling.
 */
const A = "http://localhost:3100";
const B_PORT = 3102;
const B = `http://localhost:${B_PORT}`;
const DATABASE_URL = e2eDatabaseUrl();

let instanceB: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instanceB = spawn("node_modules/.bin/next", ["start", "-p", String(B_PORT)], {
    env: { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: authSecret(), NEXTAUTH_URL: B, PORT: String(B_PORT), KAM_WORKER: "0" },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${B}/login`).catch(() => null))?.status ?? 0, { timeout: 90_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(async () => {
  if (!instanceB || instanceB.exitCode !== null) return;
  const exited = new Promise((resolve) => instanceB!.once("exit", resolve));
  instanceB.kill("SIGTERM");
  await exited;
});

test.describe("two app instances on one database", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("a session opened on one works on the other, and a change made on either is seen on both", async ({ page }) => {
    // Two servers on a 2-core machine: every step waits on one of them while the other competes for the CPU.
    test.slow();
    // The saved sign-in came from instance A; instance B honours it (the session is a signed token, not memory).
    await page.goto(`${B}/accounts`);
    await expect(page).toHaveURL(`${B}/accounts`);
    await expect(page.getByTestId("user-menu")).toBeVisible();

    // A change on B …
    const { url, name } = await createOwnAccount(page, "Instances", B);
    expect(url.startsWith(`${B}/accounts/`)).toBe(true);
    const path = new URL(url).pathname;

    // … is seen on A, and a change on A is seen on B.
    await page.goto(`${A}/accounts?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    await page.goto(`${A}${path}/edit`);
    await page.getByLabel("Name", { exact: true }).fill(`${name} renamed`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`${A}${path}`, { timeout: 30_000 });
    await page.goto(`${B}${path}`);
    await expect(page.getByRole("heading", { level: 1, name: `${name} renamed` })).toBeVisible();
  });
});

test.describe("sign-in throttling across instances", () => {
  test("failed sign-ins on one instance count on the other", async ({ browser }) => {
    // An unknown address: the throttle counts it like a real one, and no other spec's user is locked out.
    const email = `nobody-${randomUUID().slice(0, 8)}@e2e.test`;
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const attempt = async (base: string, n: number) => {
      await page.goto(`${base}/login`);
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill(`guess-${n}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      return page.getByTestId("sign-in-error");
    };
    // Four failures spread over both instances; the fifth (KAM_SIGNIN_MAX_FAILURES, 5 by default) is throttled.
    for (const [n, base] of [A, B, A, B].entries()) await expect(await attempt(base, n)).toHaveText("The e-mail or password is not correct.");
    await expect(await attempt(B, 5)).toHaveText("Too many failed sign-ins. Wait 15 min before trying again.");
    await expect(await attempt(A, 6)).toHaveText(/^Too many failed sign-ins/);
    await context.close();
  });
});

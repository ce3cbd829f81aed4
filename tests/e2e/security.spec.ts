import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support";

/**
 * Against the production build: the CSP and the other security headers are on every main page and break nothing
 * (no CSP violation, the app still hydrates and works), signed-in pages cannot be framed, and a CSV upload well
 * over the 10 MB the proxy used to cut arrives and is imported whole.
 */

/** Collects CSP violations however the browser reports them: the DOM event and the console. */
async function watchViolations(page: Page) {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame|connect|display)/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The test server's public URL is http: no HSTS there.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test.describe("security headers", () => {
  test.use({ storageState: storageStateFor("DIRECTOR") });

  test("the main pages carry the CSP and the headers, and run without a single CSP violation", async ({ page }) => {
    // Ten pages, each waited on until the network is idle: more than one ordinary test's time.
    test.slow();
    const violations = await watchViolations(page);
    await page.goto("/accounts?owner=all");
    const accountHref = await page.locator("main table tbody tr").first().getByRole("link").first().getAttribute("href");
    for (const path of ["/dashboard", "/accounts?owner=all", accountHref!, `${accountHref}?tab=orders`, "/board?owner=all", "/contacts", "/scoring", "/scoring/identification", "/accounts/import", "/accounts/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expectSecurityHeaders(response!.headers());
      await expect(page.getByTestId("user-menu")).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    // Scripts run: the client-side navigation of a link works (a blocked script would leave a dead page).
    await page.getByRole("link", { name: "Stage board" }).first().click();
    await expect(page).toHaveURL(/\/board/);
    expect(await violations()).toEqual([]);
  });

  test("a signed-in page cannot be framed, not even by a page of the same site", async ({ page, baseURL }) => {
    // A page served as if from the app's own origin that frames the dashboard.
    await page.route(`${baseURL}/frame-test`, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><iframe id="victim" src="${baseURL}/dashboard" width="800" height="600"></iframe>` }),
    );
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${baseURL}/frame-test`);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await expect(page.frameLocator("#victim").getByTestId("user-menu")).toHaveCount(0);
  });
});

test.describe("admin pages", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("carry the headers and run without a CSP violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/admin", "/admin/scoring"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expectSecurityHeaders(response!.headers());
      await expect(page.getByTestId("user-menu")).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    expect(await violations()).toEqual([]);
  });
});

test.describe("the sign-in page", () => {
  test("is served with the same headers and works under the CSP", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/login");
    expectSecurityHeaders(response!.headers());
    await expect(page.getByLabel(/E-mail|电子邮箱/)).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });
});

test.describe("large CSV upload through the real server", () => {
  test.use({ storageState: storageStateFor("MANAGER") });

  test("a 15 MB orders file is checked and imported whole: every row counted and created", async ({ page }) => {
    test.setTimeout(300_000);
    const stamp = Date.now();
    const account = `E2E Big Upload 大文件 ${stamp}`;
    await page.goto("/accounts/import");
    await page.getByRole("radio", { name: /^Accounts/ }).check();
    await page.getByLabel("CSV file").setInputFiles({
      name: "account.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`name,industry,region,country,size\r\n"${account}",Chemicals,East China,China,MEDIUM\r\n`),
    });
    await page.getByRole("button", { name: "Check file" }).click();
    await page.getByRole("button", { name: "Import rows: 1" }).click();
    await expect(page.getByTestId("import-outcome")).toHaveText(/^Created: 1 ·/);

    const lines = ["account,orderDate,amount,margin,productCategory,externalRef"];
    let size = lines[0].length;
    for (let i = 0; size < 15 * 1024 * 1024; i++) {
      const line = `"${account}",2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${100 + (i % 977)}.50,${i % 91},Industrial Components 工业部件,BIG-${stamp}-${String(i).padStart(7, "0")}-ERP-REFERENCE`;
      lines.push(line);
      size += Buffer.byteLength(line) + 2;
    }
    const rows = lines.length - 1;
    const count = rows.toLocaleString("en");
    await page.getByRole("radio", { name: /^Orders/ }).check();
    await page.getByLabel("CSV file").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n") + "\r\n") });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByTestId("import-summary")).toContainText(`Rows in the file: ${count}`, { timeout: 120_000 });
    await expect(page.getByTestId("import-summary")).toContainText(`To import: ${count}`);
    await page.getByRole("button", { name: `Import rows: ${count}` }).click();
    await expect(page.getByTestId("import-outcome")).toHaveText(new RegExp(`^Created: ${count} ·`), { timeout: 180_000 });
  });
});

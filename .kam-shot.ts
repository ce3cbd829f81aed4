import { chromium } from "@playwright/test";
void (async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const base = "http://localhost:3100";
  for (const [name, width] of [["wide", 1440], ["narrow", 390]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/login`);
    await page.getByLabel(/E-mail|电子邮箱/).fill("admin@demo.kam");
    await page.getByLabel(/Password|密码/).fill("kam-demo");
    await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
    await page.getByTestId("user-menu").waitFor({ timeout: 60_000 });
    const started = Date.now();
    await page.goto(`${base}/admin/jobs`);
    console.log(name, "loaded in", Date.now() - started, "ms");
    await page.screenshot({ path: `/tmp/kam-shots/jobs-${name}.png`, fullPage: true });
    if (name === "wide") {
      await page.getByRole("button", { name: "Run now: Full metrics refresh" }).click();
      await page.getByText(/Queued|already waiting/).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(6000);
      await page.reload();
      await page.screenshot({ path: `/tmp/kam-shots/jobs-after-run.png`, fullPage: true });
    }
    await page.close();
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });

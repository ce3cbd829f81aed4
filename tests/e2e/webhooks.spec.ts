import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support";

test.use({ storageState: storageStateFor("ADMIN") });

/** A receiver in the test process; the app's job worker delivers to it over real HTTP. */
const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
let server: Server;
let base = "";

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200);
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test.describe("webhooks administration", () => {
  test("an admin registers an endpoint, sees it listed, sends a test event and reads the delivery log", async ({ page }) => {
    const path = `/e2e-${Date.now()}`;
    const url = `${base}${path}`;
    await page.goto("/admin/webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Webhooks" })).toHaveAttribute("aria-current", "page");

    // A plain-http URL on another host is refused with the reason.
    const form = page.getByRole("form", { name: "Register an endpoint" });
    await form.getByLabel("URL").fill("http://erp.example.com/hook");
    await form.getByRole("button", { name: "Register endpoint" }).click();
    await expect(form.getByText("Use https://")).toBeVisible();

    await form.getByLabel("URL").fill(url);
    await form.getByLabel("Description").fill("E2E receiver");
    await form.getByRole("checkbox", { name: /Orders imported/ }).uncheck();
    await form.getByRole("button", { name: "Register endpoint" }).click();
    const secret = page.getByTestId("webhook-secret");
    await expect(secret).toBeVisible();
    await expect(page.getByTestId("webhook-secret-value")).toHaveValue(/^whsec_[0-9a-f]{64}$/);
    await secret.getByRole("button", { name: "Done" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks\?endpoint=/);

    const row = page.getByTestId("webhook-endpoint-row").filter({ hasText: url });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Active");
    await expect(row).toContainText("E2E receiver");

    const detail = page.getByTestId("webhook-detail");
    await expect(detail.getByRole("heading", { name: "Delivery log" })).toBeVisible();
    await expect(detail.getByText("No deliveries yet")).toBeVisible();

    await detail.getByRole("button", { name: "Send test event" }).click();
    await expect(detail.getByRole("status").filter({ hasText: "Test event queued" })).toBeVisible();
    // The worker sends it within seconds of the commit; the log shows it once the page is read again.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("webhook-delivery-row").first()).toContainText("Delivered", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    const logRow = page.getByTestId("webhook-delivery-row").first();
    await expect(logRow).toContainText("Test event");
    await expect(logRow).toContainText("200");
    await expect(logRow.getByRole("button", { name: /Redeliver/ })).toBeVisible();
    const delivery = received.find((r) => r.path === path);
    expect(delivery?.headers["kam-webhook-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(JSON.parse(delivery!.body)).toMatchObject({ type: "webhook.test" });

    // Phone width: the page does not scroll sideways (the tables scroll inside their frame).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId("webhook-delivery-log")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });

    // Pause and resume, then delete with confirmation.
    await page.getByTestId("webhook-detail").getByRole("button", { name: "Pause", exact: true }).click();
    await expect(page.getByTestId("webhook-endpoint-row").filter({ hasText: url })).toContainText("Paused");
    await page.getByTestId("webhook-detail").getByRole("button", { name: "Resume", exact: true }).click();
    await expect(page.getByTestId("webhook-endpoint-row").filter({ hasText: url })).toContainText("Active");
    await page.getByTestId("webhook-detail").getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this endpoint?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByTestId("webhook-endpoint-row").filter({ hasText: url })).toHaveCount(0);
  });

  test("the page reads in Chinese", async ({ page }) => {
    await page.context().addCookies([{ name: "kam_locale", value: "zh", url: "http://localhost:3100" }]);
    await page.goto("/admin/webhooks");
    await expect(page.getByRole("heading", { name: "Webhook", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "注册端点" })).toBeVisible();
    await expect(page.getByRole("group", { name: "事件" })).toBeVisible();
  });
});

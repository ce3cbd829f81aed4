import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support";

test.describe("API keys and the API reference", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("an admin creates a key, sees its secret once, uses it, and revokes it", async ({ page, request }) => {
    const name = `ERP feed ${Date.now()}`;
    await page.goto("/admin/users");
    await page.getByRole("navigation").getByRole("link", { name: "API keys" }).click();
    await expect(page).toHaveURL(/\/admin\/api-keys$/);
    await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "New key" }).click();
    const dialog = page.getByRole("dialog", { name: "New API key" });
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(dialog.getByText("Choose at least one scope.")).toBeVisible();
    await dialog.getByLabel("Name").fill(name);
    const adminOption = dialog.getByLabel("Acts as user").locator("option", { hasText: "admin@demo.kam" });
    await dialog.getByLabel("Acts as user").selectOption((await adminOption.getAttribute("value"))!);
    await dialog.getByLabel("Accounts").selectOption("read");
    await dialog.getByLabel("Orders", { exact: true }).selectOption("write");
    await dialog.getByRole("button", { name: "Create key" }).click();

    const secretDialog = page.getByRole("dialog", { name: "Copy the key now" });
    const token = await secretDialog.getByTestId("api-key-secret").inputValue();
    expect(token).toMatch(/^kam_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await secretDialog.getByRole("button", { name: "Done, I have copied it" }).click();
    await expect(secretDialog).toBeHidden();

    const prefix = token.split("_")[1];
    const row = page.getByTestId(`api-key-${prefix}`);
    await expect(row).toContainText(name);
    await expect(row).toContainText("Active");
    // The secret is not shown again anywhere on the page.
    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0);
    await expect(page.locator(`input[value="${token}"]`)).toHaveCount(0);

    const answer = await request.get("/api/v1/accounts?limit=1", { headers: { Authorization: `Bearer ${token}` } });
    expect(answer.status()).toBe(200);
    expect((await answer.json()).data).toHaveLength(1);
    expect((await request.get("/api/v1/contacts", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(403);
    await page.reload();
    await expect(page.getByTestId(`api-key-${prefix}`)).not.toContainText("Never");

    await page.getByTestId(`api-key-${prefix}`).getByRole("button", { name: /Revoke/ }).click();
    const confirm = page.getByRole("dialog", { name: `Revoke the key “${name}”?` });
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId(`api-key-${prefix}`)).toContainText("Revoked");
    await expect(page.getByTestId(`api-key-${prefix}`).getByRole("button", { name: /Revoke/ })).toHaveCount(0);

    const refused = await request.get("/api/v1/accounts", { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
  });

  test("the API keys page fits a phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin/api-keys");
    await page.getByRole("button", { name: "New key" }).click();
    const dialog = page.getByRole("dialog", { name: "New API key" });
    await expect(dialog.getByRole("button", { name: "Create key" })).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  test("/api-docs renders the reference under the app's CSP", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("http://localhost:3100")) external.push(r.url());
    });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/api-docs");
      await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
      const reference = page.getByTestId("api-reference");
      // Scalar renders the document's title and description and the first tag's operations; later tags load on scroll.
      await expect(reference.getByRole("heading", { name: "KAM API" })).toBeVisible({ timeout: 30_000 });
      await expect(reference.getByText("Upsert accounts by external reference").first()).toBeAttached();
      await expect(reference.getByText("RFC 9457").first()).toBeVisible();
    }
    expect(violations).toEqual([]);
    expect(external.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    const document = await page.request.get("/api/v1/openapi.json");
    expect(document.status()).toBe(200);
  });
});

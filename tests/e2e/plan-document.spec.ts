import { randomUUID } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { gotoHydrated, storageStateFor } from "./support";

test.use({ storageState: storageStateFor("MANAGER") });

/** The manager's own account with a quadrant and the most revenue: it has a template and orders to measure. */
async function openAccountWithQuadrant(page: Page) {
  for (const quadrant of ["CASH_COW", "STAR", "QUESTION", "DOG"]) {
    await page.goto(`/accounts?owner=me&quadrant=${quadrant}&sort=revenue12m&dir=desc`);
    const link = page.locator("table tbody tr").first().getByRole("link").first();
    // The list or its empty state, whichever the page shows once rendered: counting at once could see neither.
    await expect(link.or(page.getByText("No accounts match"))).toBeVisible();
    if ((await link.count()) === 0) continue;
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/accounts\/[a-z0-9]+$/);
    return { name, url: page.url() };
  }
  throw new Error("The demo manager owns no account with a quadrant");
}

/**
 * The document title Chromium writes into the PDF's info dictionary (the page's <title>): a literal string, or
 * UTF-16BE hex when it holds non-ASCII text. The page text itself is compressed with glyph ids, so without a PDF
 * library the title is the part of the PDF we can read.
 */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString("latin1");
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
  if (hex) {
    const bytes = Buffer.from(hex[1], "hex");
    let out = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  }
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text);
  return literal ? literal[1].replace(/\\(.)/g, "$1") : "";
}

async function savePdf(page: Page, testInfo: TestInfo, name: string, accountName: string) {
  await page.emulateMedia({ media: "print" });
  // Printed, the app's frame and the buttons are gone.
  await expect(page.getByTestId("sidebar")).toBeHidden();
  await expect(page.getByRole("button", { name: /Download PDF|下载 PDF/ })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  await testInfo.attach(name, { body: pdf, contentType: "application/pdf" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdfTitle(pdf)).toContain(accountName);
}

test("a plan from the quadrant's template, measured from orders, printed to PDF in English and Chinese", async ({ page }, testInfo) => {
  const { name, url } = await openAccountWithQuadrant(page);
  await gotoHydrated(page, `${url}?tab=plan`);
  await page.getByRole("button", { name: "New plan", exact: true }).click();
  await expect(page.getByText(/Starts from the .+ template/)).toBeVisible();
  // The template's objectives come pre-filled.
  await expect(page.getByRole("textbox", { name: "Objective 1" })).not.toHaveValue("");
  const title = `E2E plan ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Plan title").fill(title);
  await page.getByRole("button", { name: "Create plan" }).click();

  const plan = page.getByTestId("plan").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(plan).toBeVisible();
  await expect(plan.getByTestId("swot-strengths").getByTestId("swot-line").first()).toBeVisible();
  await expect(plan.getByTestId("objective-meter").first()).toBeVisible();

  // An objective measured from the orders since 2000.
  await plan.getByRole("button", { name: "Add objective" }).last().click();
  await plan.getByLabel("Objective", { exact: true }).fill("Revenue since 2000");
  await plan.getByLabel("How it is measured", { exact: true }).selectOption("OFFERING_REVENUE");
  await plan.getByLabel("Target", { exact: true }).fill("1000");
  await plan.getByLabel("Unit", { exact: true }).fill("CNY");
  await plan.getByLabel("Period from", { exact: true }).fill("2000-01-01");
  await plan.getByLabel("Period to", { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await plan.getByRole("button", { name: "Save" }).click();
  const measured = plan.getByTestId("plan-objective").filter({ hasText: "Revenue since 2000" });
  await expect(measured.getByTestId("objective-value")).toHaveText(/^[1-9][\d,]*(\.\d+)? of 1,000 CNY$/);
  await expect(measured.getByTestId("objective-meter")).toContainText("(from orders)");
  await expect(measured.getByTestId("objective-meter")).toHaveAttribute("data-status", "ACHIEVED");

  // SWOT in place, by keyboard: add a line and move it up with Alt + arrow.
  const threats = plan.getByTestId("swot-threats");
  await threats.getByLabel("New line in Threats").fill("E2E threat");
  await threats.getByRole("button", { name: "Add", exact: true }).click();
  const line = threats.getByTestId("swot-line").filter({ hasText: "E2E threat" });
  await expect(line).toBeVisible();
  const before = await threats.getByTestId("swot-line").count();
  if (before > 1) {
    await line.locator("[data-line]").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect(threats.getByTestId("swot-line").nth(before - 2)).toContainText("E2E threat");
  }

  await page.getByRole("link", { name: "Plan document" }).click();
  await expect(page).toHaveURL(/\/plan\/print$/);
  const doc = page.getByTestId("plan-document");
  await expect(doc.getByRole("heading", { level: 1 })).toHaveText(`Account plan: ${name}`);
  await expect(doc).toContainText(title);
  await expect(doc).toContainText("Revenue since 2000");
  await expect(doc).toContainText("E2E threat");
  await expect(doc.getByRole("heading", { name: "Stakeholders" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
  await savePdf(page, testInfo, "plan-en.pdf", name);

  await page.getByRole("button", { name: "简体中文" }).click();
  try {
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText(`客户计划:${name}`);
    await expect(doc.getByRole("heading", { name: "利益相关者" })).toBeVisible();
    await expect(doc).toContainText("来自订单");
    await savePdf(page, testInfo, "plan-zh.pdf", name);
  } finally {
    await page.getByRole("button", { name: "English" }).click();
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText(`Account plan: ${name}`);
  }
});

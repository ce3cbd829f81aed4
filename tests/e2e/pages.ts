import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The demo seed's ids (prisma/seed/random.ts seedId): account 1 is a large group parent with every tab filled. */
const seedId = (tag: string, n: number) => `c${tag}${"0".repeat(24 - tag.length - n.toString(36).length)}${n.toString(36)}`;
export const DEMO_ACCOUNT = seedId("acc", 1);
export const DEMO_CONTACT = seedId("con", 1);

/** Every page of the app an admin can open (admins see them all), with the record pages of the demo data. */
export const APP_PAGES = [
  "/my-work",
  "/dashboard",
  "/accounts",
  "/accounts/new",
  "/accounts/import",
  `/accounts/${DEMO_ACCOUNT}`,
  ...["contacts", "activities", "orders", "team", "plan", "whitespace", "history"].map((tab) => `/accounts/${DEMO_ACCOUNT}?tab=${tab}`),
  `/accounts/${DEMO_ACCOUNT}?tab=contacts&view=map`,
  `/accounts/${DEMO_ACCOUNT}/plan/print`,
  `/accounts/${DEMO_ACCOUNT}/edit`,
  "/contacts",
  `/contacts/${DEMO_CONTACT}`,
  "/scoring",
  "/scoring?view=portfolio",
  "/scoring/identification",
  `/scoring/${DEMO_ACCOUNT}`,
  "/board",
  "/whitespace",
  "/notifications",
  "/notifications/preferences",
  "/profile",
  "/admin",
  "/admin/users",
  "/admin/users/new",
  "/admin/teams",
  "/admin/teams/new",
  "/admin/audit",
  "/admin/scoring",
  "/admin/health",
  "/admin/offerings",
  "/admin/plan-templates",
  "/admin/alerts",
  "/admin/jobs",
] as const;

/** Opens a page and waits until it has settled (streamed tabs loaded, charts measured). */
export async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  await page.waitForLoadState("load");
  // Streamed sections show skeletons (role=status, aria-busy) until their data arrives.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(200);
  return response;
}

/** axe's serious and critical findings on the page as it stands (WCAG 2.1 A and AA rules), one line each. */
export async function axeFindings(page: Page, path: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default finishes every run in a new blank page, which doubles
  // the time. The app has no iframes, the one thing only the default mode would also check.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).options({ resultTypes: ["violations"] }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

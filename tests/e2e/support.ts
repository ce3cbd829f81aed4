import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kam-demo";
export const ROLE_LOGINS = {
  ADMIN: "admin@demo.kam",
  DIRECTOR: "director@demo.kam",
  MANAGER: "manager@demo.kam",
} as const;
export type DemoRole = keyof typeof ROLE_LOGINS;

/** Saved sign-in state per role, written by auth.setup.ts. */
export const storageStateFor = (role: DemoRole) => `test-results/.auth/${role.toLowerCase()}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/E-mail|电子邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

import { test as setup } from "@playwright/test";
import { ROLE_LOGINS, signIn, storageStateFor, type DemoRole } from "./support";

for (const role of Object.keys(ROLE_LOGINS) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, ROLE_LOGINS[role]);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}

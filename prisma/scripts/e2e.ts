/**
 * `npm run test:e2e`: Playwright in Chromium against a production build. Without a browser it explains how to
 * get one and skips, except on CI (CI set) where a missing browser fails the run.
 */
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { chromiumPath } from "./browser";

const path = chromiumPath() ?? chromium.executablePath();
if (!path || !existsSync(path)) {
  const help = `No Chromium found for the end-to-end tests.
Install one, then run \`npm run test:e2e\` again:
  - Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell   (used from /usr/bin/chromium-headless-shell;
    the full browser, package chromium, works too)
  - or Playwright's own: npx playwright install chromium
  - or point PLAYWRIGHT_CHROMIUM_PATH at any Chromium/Chrome binary.`;
  if (process.env.CI) {
    console.error(`${help}\nCI is set: failing instead of skipping.`);
    process.exit(1);
  }
  console.warn(`${help}\nSkipping the end-to-end tests (the other test layers ran).`);
  process.exit(0);
}

const result = spawnSync("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);

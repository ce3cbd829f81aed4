import { existsSync } from "node:fs";

/**
 * Chromium's headless shell first (Debian: chromium-headless-shell): without the full browser's window machinery
 * it takes about a third less CPU per test, and the suite is bound by the two cores.
 */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium the end-to-end tests drive: PLAYWRIGHT_CHROMIUM_PATH, else a system Chromium (Debian's headless
 * shell, else its full browser), else undefined so Playwright uses its own download when one exists.
 */
export function chromiumPath(): string | undefined {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (configured) return configured;
  return SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
}

import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium the end-to-end tests drive: PLAYWRIGHT_CHROMIUM_PATH, else a system Chromium (Debian's package),
 * else undefined so Playwright uses its own download when one exists.
 */
export function chromiumPath(): string | undefined {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (configured) return configured;
  return SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
}

import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./prisma/scripts/browser";

const PORT = 3100;
/** The identity provider the app signs in with in the end-to-end tests (tests/support/oidc-provider.ts). */
const OIDC = {
  port: 3110,
  issuer: "http://127.0.0.1:3110",
  clientId: "kam-e2e",
  clientSecret: "kam-e2e-client-secret",
  label: "Test IdP",
};
/** Specs that sign the demo users of the saved sign-ins out. */
const SIGNS_OUT_SAVED_USERS = /shell\.spec\.ts$/;
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace of every test costs a sixth of the run; CI records the retry of a failed one.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testMatch: /\.spec\.ts/, testIgnore: SIGNS_OUT_SAVED_USERS },
    // Signing out ends every session of that user, the saved sign-ins of auth.setup.ts included, so these specs
    // run after all others: with one worker, the projects of one phase run in the order listed here. (A dependency
    // on "chromium" would also order them, but would run every spec for `-- tests/e2e/shell.spec.ts` and skip
    // these whenever any other spec fails.)
    { name: "sign-out", dependencies: ["setup"], testMatch: SIGNS_OUT_SAVED_USERS },
  ],
  webServer: [
    // The identity provider for single sign-on (tests/e2e/sso.spec.ts), up before the app that discovers it.
    {
      command: `node_modules/.bin/tsx tests/support/oidc-provider.ts`,
      url: `${OIDC.issuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        OIDC_TEST_PORT: String(OIDC.port),
        OIDC_TEST_ISSUER: OIDC.issuer,
        OIDC_TEST_CLIENT_ID: OIDC.clientId,
        OIDC_TEST_CLIENT_SECRET: OIDC.clientSecret,
        OIDC_TEST_REDIRECT_URI: `http://localhost:${PORT}/api/auth/callback/oidc`,
      },
    },
    // A production build on a fresh, seeded database of the test cluster (npm start --e2e).
    {
      command: `node_modules/.bin/tsx prisma/scripts/start.ts --e2e`,
      url: `http://localhost:${PORT}/login`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        KAM_OIDC_ISSUER: OIDC.issuer,
        KAM_OIDC_CLIENT_ID: OIDC.clientId,
        KAM_OIDC_CLIENT_SECRET: OIDC.clientSecret,
        KAM_OIDC_LABEL: OIDC.label,
      },
    },
  ],
});

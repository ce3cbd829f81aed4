import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        // Pure engines, no mocks and no module state: the files of a worker share one module registry, so the
        // modules load once per worker instead of once per file (28 → 7 s).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", isolate: false },
      },
      {
        extends: true,
        resolve: { alias: { "server-only": `${root}tests/support/server-only-stub.ts` } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts"],
          // Two workers, each on its own copy of the migrated database (tests/support/global-setup.ts).
          maxWorkers: 2,
          // The files of a worker share one process, so the packages (Next, pg-boss, Prisma's runtime) load once
          // per worker instead of once per file (295 → 140 s). Each file still gets the app's modules evaluated
          // afresh, bound to its own mocks, and no client a previous file opened (tests/support/integration-env.ts).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

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
        // modules load once per worker instead of once per file (28 → 7 s). The integration files keep theirs: their
        // mocks differ from file to file and modules keep state (the job queue's, caches) that a file's fresh
        // database must not inherit.
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
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        // Pure engines, no mocks: the files of a worker share one module registry (see the integration project).
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
          // The files of a worker share one module registry: loading the app's modules (the generated Prisma client
          // above all) once per worker instead of once per file halves the phase. The mocks every file declares
          // alike (tests/support/action-mocks.ts) are the same module in all of them; a file with mocks of its own
          // resets the registry before and after it (`vi.resetModules()`).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

import { inject } from "vitest";

// Each worker has its own database (tests/support/global-setup.ts); VITEST_POOL_ID runs from 1 to maxWorkers.
const urls = inject("databaseUrls");
process.env.DATABASE_URL = urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length];
process.env.NEXTAUTH_SECRET ??= "integration-test-secret";

import { AsyncLocalStorage } from "node:async_hooks";
import { inject, vi } from "vitest";

// What Next's server sets before loading its modules (next/dist/server/node-environment-baseline): without it, the
// request storage of next/headers and next/cache is a stand-in whose use throws, in whichever file loads it first.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

// Each worker has its own database (tests/support/global-setup.ts); VITEST_POOL_ID runs from 1 to maxWorkers.
const urls = inject("databaseUrls");
process.env.DATABASE_URL = urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length];
process.env.NEXTAUTH_SECRET ??= "integration-test-secret";

/**
 * The files of a worker run in one process (vitest.config.ts, `isolate: false`), and this file runs before each of
 * them. Each starts as if alone: the app's modules are evaluated again, bound to that file's own mocks, and the
 * process-wide clients a previous file opened are closed (the job queue's client remembers whether the queue was
 * installed, the rate limiters hold their pools). Node's own modules and packages stay loaded, which is the saving.
 */
type ProcessClients = {
  kamJobClient?: { ready: Promise<{ stop(options: object): Promise<void> } | null> };
  kamSignInThrottle?: unknown;
  kamApiRateLimit?: { pool: { end(): Promise<void> } };
  kamApiKeyTouched?: unknown;
  kamMailer?: { transport: { close(): void } };
  kamPrisma?: { $disconnect(): Promise<void> };
};
const clients = globalThis as ProcessClients;
const jobClient = await clients.kamJobClient?.ready.catch(() => null);
await jobClient?.stop({ graceful: false, close: true });
await clients.kamApiRateLimit?.pool.end();
clients.kamMailer?.transport.close();
await clients.kamPrisma?.$disconnect();
for (const key of ["kamJobClient", "kamSignInThrottle", "kamApiRateLimit", "kamApiKeyTouched", "kamMailer", "kamPrisma"] as const) delete clients[key];
vi.resetModules();

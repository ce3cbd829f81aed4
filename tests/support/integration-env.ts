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
 * process-wide clients a previous file opened are closed and forgotten (the job queue's client remembers whether
 * the queue was installed; the pools would stay open for the rest of the worker), so the file's own modules make
 * them again, as in a process of its own. Node's own modules and packages stay loaded, which is the saving.
 */
type Pool = { end(): Promise<void> };
type ProcessClients = {
  kamJobClient?: { ready: Promise<{ stop(options: object): Promise<void> } | null> };
  kamSignInThrottle?: { pool: Pool };
  kamApiRateLimit?: { pool: Pool };
  kamApiKeyTouched?: unknown;
  kamMailer?: { transport: { close(): void } };
  kamPrisma?: { $disconnect(): Promise<void> };
  kamTestDb?: { $disconnect(): Promise<void> };
};
const clients = globalThis as ProcessClients;
const jobClient = await clients.kamJobClient?.ready.catch(() => null);
await jobClient?.stop({ graceful: false, close: true });
await clients.kamSignInThrottle?.pool.end().catch(() => undefined);
await clients.kamApiRateLimit?.pool.end().catch(() => undefined);
clients.kamMailer?.transport.close();
await clients.kamPrisma?.$disconnect();
await clients.kamTestDb?.$disconnect();
for (const key of ["kamJobClient", "kamSignInThrottle", "kamApiRateLimit", "kamApiKeyTouched", "kamMailer", "kamPrisma", "kamTestDb"] as const) delete clients[key];
vi.resetModules();

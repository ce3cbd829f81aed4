/**
 * Load benchmark: `npm run bench:load -- [--scale N] [--seconds S] [--users U] [--instances I] [--port P] [--reuse]`.
 * Loads the demo portfolio × N (default 10) into a fresh `kam_load_<N>x` database of the embedded bench cluster
 * (`--reuse` keeps it when a finished seed is already there: seeding 10× takes minutes), starts the production
 * server (prisma/scripts/start.ts, without the job worker) — I of them on ports P, P + 1, …, the people's connections
 * spread evenly over them as a load balancer would — and lets U (default 16) signed-in people work on it at
 * once for S seconds (default 60) with autocannon: one connection per person, each sending its own seeded sequence
 * of requests (prisma/bench/load-mix.ts) one after another without pause — page views of the dashboard, the
 * account lists, account pages and tabs, contacts, board, my work and notifications as full HTML loads, and about
 * one request in ten an activity logged through the REST API with the person's own API key on an account they may
 * change. The people are the directors and key account managers of every copy of the portfolio, spread evenly.
 *
 * It prints throughput, latency percentiles, and per kind of request the latencies, non-2xx answers and errors
 * (answers of 400 and above, socket errors and timeouts), then the line
 * `load: <req/s> req/s, p50 <ms> ms, p99 <ms> ms, <errors> errors, <users> users × <seconds> s at <N> accounts`.
 * I defaults to one instance per core, as the production topology runs them (README): a Node process renders on one
 * core, so a single instance leaves the machine's other cores to Postgres and the load tool alone.
 *
 * The figures are reported, not asserted (target: 0 errors, p99 under 1 s); only a failed setup exits non-zero.
 *
 * The build writes .next, which the end-to-end tests share: run it under their lock,
 * `flock /tmp/kam-e2e.lock npm run bench:load`.
 */
import autocannon from "autocannon";
import { availableParallelism, loadavg } from "node:os";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { editableAccountWhere } from "@/lib/auth/account-access";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { assertLocalDatabase, ensureDatabase, openDatabase } from "@/lib/platform/postgres";
import { buildMix, WRITE_LABEL, type LoadPersona, type LoadStep } from "./load-mix";
import { databaseUrl, seedFreshDatabase, signIn, startServer, type BenchServer } from "./server";
import { argument, runBenchmark } from "./support";

/** Requests per person's sequence; a connection starts over at the end (it rarely gets there in a minute). */
const SEQUENCE_LENGTH = 1_000;
/** Generous, so that a slow page shows up as latency rather than as a dropped request. */
const TIMEOUT_SECONDS = 30;
const KEY_NAME = "Load benchmark";
const WRITE_SCOPES: ApiScope[] = ["activities:write"];
/** Accounts a person clicks through: their own key accounts first. */
const ACCOUNTS_PER_PERSON = 40;

type Person = LoadPersona & { id: string; token: string };
type Labelled = autocannon.Request & { label: string };
type KindStats = { times: number[]; statuses: Map<number, number>; socketErrors: number };

const loadText = () => loadavg().map((v) => v.toFixed(1)).join(" ");

/** The directors and managers who take part: about one in eight a director, the managers spread over every copy. */
async function choosePeople(db: Db, users: number) {
  const select = { id: true, email: true, role: true, directorScope: true } as const;
  const directors = await db.user.findMany({ where: { role: "DIRECTOR", active: true }, orderBy: { email: "asc" }, select });
  const managers = await db.user.findMany({ where: { role: "MANAGER", active: true }, orderBy: { email: "asc" }, select });
  if (!managers.length) throw new Error("The database has no active managers: is it seeded?");
  const directorCount = Math.min(directors.length, Math.max(1, Math.round(users / 8)));
  const managerCount = users - directorCount;
  const spread = Array.from({ length: managerCount }, (_, i) => managers[Math.floor((i * managers.length) / managerCount) % managers.length]);
  return [...directors.slice(0, directorCount), ...spread];
}

/** What one person sees and may change, an API key of theirs for the writes (older benchmark keys revoked first). */
async function personaOf(db: Db, user: Awaited<ReturnType<typeof choosePeople>>[number]): Promise<Person> {
  const select = { id: true } as const;
  let viewable: string[];
  if (user.role === "MANAGER") {
    const own = await db.account.findMany({
      where: { archived: false, OR: [{ ownerId: user.id }, { team: { some: { userId: user.id } } }] },
      orderBy: [{ isKeyAccount: "desc" }, { id: "asc" }],
      take: ACCOUNTS_PER_PERSON,
      select,
    });
    viewable = own.map((a) => a.id);
  } else {
    // A director looks at key accounts across the whole portfolio, every copy of it.
    const keys = (await db.account.findMany({ where: { archived: false, isKeyAccount: true }, orderBy: { id: "asc" }, select })).map((a) => a.id);
    viewable = Array.from({ length: Math.min(ACCOUNTS_PER_PERSON, keys.length) }, (_, i) => keys[Math.floor((i * keys.length) / Math.min(ACCOUNTS_PER_PERSON, keys.length))]);
  }
  const editable = await db.account.findMany({ where: { AND: [editableAccountWhere(user), { id: { in: viewable } }] }, orderBy: { id: "asc" }, select });
  const secret = generateApiKey();
  await db.apiKey.create({
    data: { name: KEY_NAME, prefix: secret.prefix, secretHash: secret.secretHash, scopes: WRITE_SCOPES, userId: user.id, createdById: user.id },
  });
  return { id: user.id, email: user.email, role: user.role as LoadPersona["role"], viewable, editable: editable.map((a) => a.id), token: secret.token };
}

/** The health history is the seed's last step: with it, the seed finished. */
async function seedFinished(url: string) {
  const db = createPrismaClient(url);
  try {
    return (await db.healthSnapshot.count().catch(() => 0)) > 0;
  } finally {
    await db.$disconnect();
  }
}

function requestOf(step: LoadStep, cookie: string, token: string): Labelled {
  if (step.method === "POST") {
    return { label: step.label, method: "POST", path: step.path, body: step.body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
  }
  // As a browser opens a page: HTML, compressed.
  return { label: step.label, method: "GET", path: step.path, headers: { cookie, accept: "text/html", "accept-encoding": "gzip" } };
}

/** Each kind of request once, and each person's first write: the mix must work before it is timed (and it warms the server up). */
async function preflight(base: string, connections: Labelled[][]) {
  const seen = new Set<string>();
  const checks: Labelled[] = [];
  for (const requests of connections) {
    let wrote = false;
    for (const request of requests) {
      const write = request.label === WRITE_LABEL;
      if (seen.has(request.label) && !(write && !wrote)) continue;
      seen.add(request.label);
      if (write) wrote = true;
      checks.push(request);
    }
  }
  for (const request of checks) {
    const response = await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body as string | undefined, redirect: "manual" });
    const text = await response.text();
    if (!response.ok) throw new Error(`Before the run: ${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  console.log(`  ${checks.length} requests checked (every kind once, every person's first write)`);
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function main() {
  const scale = argument("scale", 10);
  const seconds = argument("seconds", 60);
  const users = argument("users", 16);
  const port = argument("port", 3215);
  const instanceCount = argument("instances", Math.min(availableParallelism(), users));
  if (instanceCount > users) throw new Error(`--instances cannot exceed the users (${users}).`);
  const reuse = process.argv.includes("--reuse");
  const name = `kam_load_${scale}x`;
  const database = await openDatabase("bench", name);
  const url = databaseUrl(database.url, name);
  let db: Db | undefined;
  const servers: BenchServer[] = [];
  try {
    assertLocalDatabase(url);
    await ensureDatabase(url);
    if (reuse && (await seedFinished(url))) console.log(`Reusing the seeded database ${name}.`);
    else await seedFreshDatabase(url, scale);
    db = createPrismaClient(url);
    const accounts = await db.account.count();

    await db.apiKey.updateMany({ where: { name: KEY_NAME, revokedAt: null }, data: { revokedAt: new Date() } });
    const chosen = await choosePeople(db, users);
    const personas = new Map<string, Person>();
    for (const user of chosen) if (!personas.has(user.id)) personas.set(user.id, await personaOf(db, user));
    const people = chosen.map((user) => personas.get(user.id)!);

    for (let i = 0; i < instanceCount; i++) servers.push(await startServer(url, port + i));
    // Sessions live in Postgres: signed in on one instance, a person is signed in on all.
    const { base } = servers[0];
    console.log(`Signing in ${people.length} people …`);
    const connections: Labelled[][] = [];
    for (const [i, person] of people.entries()) {
      const cookie = await signIn(base, person.email);
      // Two connections of the same person (fewer people than users) follow different sequences.
      connections.push(buildMix(person, SEQUENCE_LENGTH, `connection-${i}`).map((step) => requestOf(step, cookie, person.token)));
    }
    console.log("Checking the mix …");
    for (const server of servers) await preflight(server.base, connections);

    const roles = people.reduce((count, p) => count.set(p.role, (count.get(p.role) ?? 0) + 1), new Map<string, number>());
    const loadBefore = loadText();
    console.log(
      `Running ${users} users (${[...roles].map(([role, n]) => `${n} ${role.toLowerCase()}s`).join(", ")}) for ${seconds} s on ` +
        `${instanceCount} app instance${instanceCount > 1 ? "s" : ""}, ` +
        `${accounts.toLocaleString("en")} accounts; load average ${loadBefore} on ${availableParallelism()} cores …`,
    );
    const kinds = new Map<string, KindStats>();
    const kind = (label: string) => {
      let stats = kinds.get(label);
      if (!stats) kinds.set(label, (stats = { times: [], statuses: new Map(), socketErrors: 0 }));
      return stats;
    };
    // One autocannon per app instance, with every I-th person's connection: the people are spread as by a balancer.
    const runs = servers.map((server, which) => {
      const share = connections.filter((_, i) => i % servers.length === which);
      let next = 0;
      const instance = autocannon({
        url: server.base,
        connections: share.length,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        setupClient: (client) => {
          const requests = share[next++ % share.length];
          client.setRequests(requests);
          const labelAt = (index: number) => (requests[(index + requests.length) % requests.length] as Labelled).label;
          // A socket error is reported before the connection moves on; a timeout after it has sent the next request.
          client.on("connError", () => kind(labelAt(client.requestIterator.currentRequestIndex)).socketErrors++);
          client.on("timeout", () => kind(labelAt(client.requestIterator.currentRequestIndex - 1)).socketErrors++);
        },
      });
      // Emitted before the connection sends its next request: the current one is the request answered.
      instance.on("response", (client, statusCode, _bytes, responseTime) => {
        const stats = kind((client.requestIterator.currentRequest as Labelled).label);
        stats.times.push(responseTime);
        stats.statuses.set(statusCode, (stats.statuses.get(statusCode) ?? 0) + 1);
      });
      return instance;
    });
    const results = await Promise.all(runs);
    const result = {
      errors: results.reduce((n, r) => n + r.errors, 0),
      timeouts: results.reduce((n, r) => n + r.timeouts, 0),
      duration: Math.max(...results.map((r) => r.duration)),
    };
    const loadAfter = loadText();

    const rows = [...kinds].sort(([a], [b]) => a.localeCompare(b));
    const answered = rows.reduce((sum, [, s]) => sum + s.times.length, 0);
    const failedAnswers = rows.reduce((sum, [, s]) => sum + [...s.statuses].filter(([code]) => code >= 400).reduce((n, [, c]) => n + c, 0), 0);
    const errors = result.errors + failedAnswers;
    const throughput = answered / result.duration;
    const writes = kinds.get(WRITE_LABEL)?.times.length ?? 0;
    const ms = (v: number) => (Number.isFinite(v) ? Math.round(v) : "–");
    // Every answer's time, over all instances (the same times autocannon's own histogram takes).
    const all = rows.flatMap(([, s]) => s.times).sort((a, b) => a - b);
    const latency = { p50: ms(percentile(all, 50)), p90: ms(percentile(all, 90)), p99: ms(percentile(all, 99)), max: ms(all.at(-1) ?? NaN) };

    console.log(`\nThroughput ${throughput.toFixed(1)} req/s (${answered.toLocaleString("en")} answers in ${result.duration.toFixed(1)} s, ${(writes / result.duration).toFixed(1)} writes/s, ${(100 * writes / Math.max(1, answered)).toFixed(1)} % of the requests)`);
    console.log(`Latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms`);
    console.log(`Errors ${errors}: ${failedAnswers} answers of 400 and above, ${result.errors} socket errors (${result.timeouts} timeouts after ${TIMEOUT_SECONDS} s)`);
    const statusCodes = new Map<number, number>();
    for (const [, stats] of rows) for (const [code, count] of stats.statuses) statusCodes.set(code, (statusCodes.get(code) ?? 0) + count);
    console.log(`Status codes: ${[...statusCodes].sort(([a], [b]) => a - b).map(([code, count]) => `${code} × ${count}`).join(", ")}`);
    console.log(`Load average ${loadBefore} before, ${loadAfter} after, on ${availableParallelism()} cores`);
    console.table(rows.map(([label, s]) => {
      const times = [...s.times].sort((a, b) => a - b);
      const non2xx = [...s.statuses].filter(([code]) => code < 200 || code >= 300);
      return {
        request: label, count: times.length, "p50 ms": ms(percentile(times, 50)), "p90 ms": ms(percentile(times, 90)), "p99 ms": ms(percentile(times, 99)),
        "max ms": ms(times.at(-1) ?? NaN), "non-2xx": non2xx.length ? non2xx.map(([code, n]) => `${code} × ${n}`).join(", ") : 0,
        errors: non2xx.filter(([code]) => code >= 400).reduce((n, [, c]) => n + c, 0) + s.socketErrors,
      };
    }));
    console.log(
      `load: ${throughput.toFixed(1)} req/s, p50 ${latency.p50} ms, p99 ${latency.p99} ms, ${errors} errors, ` +
        `${users} users × ${seconds} s at ${accounts} accounts` + (instanceCount > 1 ? ` on ${instanceCount} app instances` : ""),
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db?.$disconnect();
    await database.stop();
  }
}

runBenchmark(main);

import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Requests per key, counted in Postgres (the `rate_limits` table of the sign-in throttle) so every app instance
 * sees the same counts. KAM_API_RATE_LIMIT sets "<requests>/<seconds>"; the default 600/60 lets an integration
 * make ten requests a second on average — a bulk request of 10,000 rows counts as one.
 */
export type RateLimitConfig = { points: number; seconds: number };

export function rateLimitConfig(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const text = env.KAM_API_RATE_LIMIT?.trim() || "600/60";
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`KAM_API_RATE_LIMIT must read "<requests>/<seconds>" such as "600/60", got "${env.KAM_API_RATE_LIMIT}".`);
  }
  return { points: Number(match[1]), seconds: Number(match[2]) };
}

export type RateDecision = { allowed: true; limit: number; remaining: number; resetSeconds: number } | { allowed: false; limit: number; retryAfterSeconds: number };

type State = { id: string; pool: pg.Pool; limiter: RateLimiterPostgres };
const globalForApi = globalThis as unknown as { kamApiRateLimit?: State };

function limiterFor(config: RateLimitConfig): RateLimiterPostgres {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  const id = `${url}|${config.points}/${config.seconds}`;
  const current = globalForApi.kamApiRateLimit;
  if (current?.id === id) return current.limiter;
  // The pool survives a change of limits (tests change them); only a new database gets a new one.
  const pool = current && current.id.startsWith(`${url}|`) ? current.pool : new pg.Pool({ connectionString: url, max: 4 });
  if (pool !== current?.pool) pool.on("error", (error) => console.error("API rate limit: database connection lost", error));
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: `api:${config.points}/${config.seconds}`,
    points: config.points,
    duration: config.seconds,
  });
  globalForApi.kamApiRateLimit = { id, pool, limiter };
  return limiter;
}

/** Takes one request's point for the key; refused with the seconds until the window frees one. */
export async function consumeRequest(keyId: string, config = rateLimitConfig()): Promise<RateDecision> {
  try {
    const res = await limiterFor(config).consume(keyId, 1);
    return { allowed: true, limit: config.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, limit: config.points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

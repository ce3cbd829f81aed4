import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { ThrottleConfig } from "./config";

/** The table of migration 20261129220621 (key varchar(255) PK, points int, expire bigint). */
const TABLE = "rate_limits";

export type ThrottleScope = "account" | "address";
export type Throttled = { scope: ThrottleScope; retryAfterSeconds: number };
/** One attempt: the e-mail as typed (normalised) and the client address, if known. */
export type AttemptKey = { email: string; address: string | null };

const seconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Failed sign-ins counted per e-mail address and per client address, in Postgres so that every app instance sees
 * the same counts. An attempt takes its point before the password is checked, so parallel guesses cannot slip past
 * the limit; a success clears the e-mail's count and gives the address its point back (only failures count there,
 * so one office behind one address is not locked out by its own sign-ins). E-mails that belong to no user are
 * counted exactly like the others: the answer must not tell which addresses exist.
 */
export class SignInThrottle {
  private readonly account: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;

  constructor(pool: pg.Pool, private readonly config: ThrottleConfig) {
    const common = {
      storeClient: pool,
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      duration: config.windowSeconds,
      blockDuration: config.blockSeconds,
    };
    this.account = new RateLimiterPostgres({ ...common, keyPrefix: "signin:account", points: config.accountFailures });
    this.address = new RateLimiterPostgres({ ...common, keyPrefix: "signin:address", points: config.addressFailures });
  }

  /** Takes this attempt's points; a Throttled answer means: refuse without checking the password. */
  async begin(key: AttemptKey): Promise<Throttled | null> {
    const account = accountKey(key.email);
    const byAccount = await take(this.account, account);
    if (byAccount) return { scope: "account", retryAfterSeconds: seconds(byAccount) };
    if (key.address) {
      const byAddress = await take(this.address, key.address);
      if (byAddress) {
        // The attempt was not evaluated: it does not count against the account.
        await this.account.reward(account, 1);
        return { scope: "address", retryAfterSeconds: seconds(byAddress) };
      }
    }
    return null;
  }

  /** After a wrong password: when that used up a limit, the key is blocked now and the user told how long. */
  async failed(key: AttemptKey): Promise<Throttled | null> {
    const account = accountKey(key.email);
    const [byAccount, byAddress] = await Promise.all([
      this.account.get(account),
      key.address ? this.address.get(key.address) : Promise.resolve(null),
    ]);
    if (byAccount && byAccount.remainingPoints <= 0) {
      await this.account.block(account, this.config.blockSeconds);
      return { scope: "account", retryAfterSeconds: this.config.blockSeconds };
    }
    if (key.address && byAddress && byAddress.remainingPoints <= 0) {
      await this.address.block(key.address, this.config.blockSeconds);
      return { scope: "address", retryAfterSeconds: this.config.blockSeconds };
    }
    return null;
  }

  /** After a correct password: the e-mail starts afresh and the address gets its point back. */
  async succeeded(key: AttemptKey): Promise<void> {
    await Promise.all([this.account.delete(accountKey(key.email)), key.address ? this.address.reward(key.address, 1) : null]);
  }
}

/** E-mails are hashed: the key stays within 255 characters and the table holds no addresses. */
function accountKey(email: string) {
  return createHash("sha256").update(email).digest("hex");
}

/** Consumes a point; the limiter's answer when the limit is exceeded, null when the attempt may go on. */
async function take(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key, 1);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

const globalForThrottle = globalThis as unknown as { kamSignInThrottle?: { url: string; throttle: SignInThrottle; pool: pg.Pool } };

/** The process-wide throttle on DATABASE_URL, with its own small pool next to Prisma's. */
export function getSignInThrottle(config: ThrottleConfig): SignInThrottle {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  const current = globalForThrottle.kamSignInThrottle;
  if (current?.url === url) return current.throttle;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on("error", (error) => console.error("Sign-in throttle: database connection lost", error));
  const throttle = new SignInThrottle(pool, config);
  globalForThrottle.kamSignInThrottle = { url, throttle, pool };
  return throttle;
}

// No "server-only" here: the API benchmark creates its key with it too.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * An API key reads `kam_<prefix>_<secret>`: the prefix (12 hex digits) names the key in lists and logs and finds
 * its row; the secret is 32 random bytes (256 bits, base64url). Only SHA-256 of the secret is stored. A slow
 * password hash (bcrypt, scrypt) is for secrets people choose, which an attacker can guess from a short list; 256
 * random bits cannot be guessed however fast each guess is, so one fast hash is as safe and keeps every request's
 * check to microseconds. The database alone (a backup, a leaked dump) therefore never yields a usable key.
 */
const TOKEN = /^kam_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type NewApiKeySecret = { prefix: string; token: string; secretHash: string };

export const hashApiSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function generateApiKey(): NewApiKeySecret {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { prefix, token: `kam_${prefix}_${secret}`, secretHash: hashApiSecret(secret) };
}

/** The prefix and secret of a presented key, or null when it does not even look like one. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

/** Compares the secret's hash with the stored one in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

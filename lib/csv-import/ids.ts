import "server-only";
import { randomBytes } from "node:crypto";

/**
 * Ids for rows inserted with raw SQL, shaped like Prisma's cuid() (25 lowercase alphanumerics starting with "c"):
 * time and randomness make them unique across imports, a counter within one.
 */
export function newIds(count: number): string[] {
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const random = BigInt(`0x${randomBytes(6).toString("hex")}`).toString(36).padStart(10, "0").slice(-10);
  const prefix = `c${time}${random}`;
  return Array.from({ length: count }, (_, i) => prefix + i.toString(36).padStart(5, "0"));
}

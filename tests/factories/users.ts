import { hashPassword } from "@/lib/auth/credentials";
import type { Db } from "@/lib/db/prisma";
import type { Role } from "@/lib/auth/roles";

let sequence = 0;
let cachedHash: Promise<string> | undefined;

export const FACTORY_PASSWORD = "factory-pass";

/** A user with a unique e-mail; every factory user has the password FACTORY_PASSWORD. */
export async function createUser(db: Db, overrides: { role?: Role; email?: string; name?: string; active?: boolean } = {}) {
  sequence += 1;
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return db.user.create({
    data: {
      email: overrides.email ?? `user${sequence}-${Date.now()}@test.kam`,
      name: overrides.name ?? `Test User ${sequence}`,
      role: overrides.role ?? "MANAGER",
      active: overrides.active ?? true,
      passwordHash: await cachedHash,
    },
  });
}

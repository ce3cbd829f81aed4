/** The demo logins: 1 admin, 2 directors, 8 managers, all with password `kam-demo`. */
import bcrypt from "bcryptjs";
import type { Locale, Role } from "@/lib/generated/prisma/client";
import { seedId } from "./random";
import { yearsBefore } from "./time";

export const DEMO_PASSWORD = "kam-demo";

/** A fixed salt keeps the seed deterministic; these are public demo credentials, not secrets. */
const DEMO_SALT = "$2b$10$KAMdemoSeedSalt0000000";

export type DemoUser = { id: string; email: string; name: string; role: Role; locale: Locale; ownerWeight: number };

const PEOPLE: [email: string, name: string, role: Role, locale: Locale, ownerWeight: number][] = [
  ["admin@demo.kam", "Olivia Bennett", "ADMIN", "en", 0],
  ["director@demo.kam", "Zhang Wei", "DIRECTOR", "zh", 1],
  ["director2@demo.kam", "Thomas Keller", "DIRECTOR", "en", 1],
  ["manager@demo.kam", "Daniel Weber", "MANAGER", "en", 20],
  ["manager2@demo.kam", "Chen Jing", "MANAGER", "en", 17],
  ["manager3@demo.kam", "Liu Yang", "MANAGER", "zh", 15],
  ["manager4@demo.kam", "Sophie Martin", "MANAGER", "en", 13],
  ["manager5@demo.kam", "Wang Fang", "MANAGER", "zh", 12],
  ["manager6@demo.kam", "Erik Lindgren", "MANAGER", "en", 9],
  ["manager7@demo.kam", "Huang Lei", "MANAGER", "zh", 8],
  ["manager8@demo.kam", "Sarah Tan", "MANAGER", "en", 5],
];

export const DEMO_USERS: DemoUser[] = PEOPLE.map(([email, name, role, locale, ownerWeight], i) => ({
  id: seedId("usr", i + 1),
  email,
  name,
  role,
  locale,
  ownerWeight,
}));

export const DEMO_MANAGERS = DEMO_USERS.filter((u) => u.role === "MANAGER");

export async function userRows(asOf: Date) {
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, DEMO_SALT);
  const createdAt = yearsBefore(asOf, 3);
  return DEMO_USERS.map(({ id, email, name, role, locale }) => ({
    id, email, name, role, locale, passwordHash, createdAt,
  }));
}

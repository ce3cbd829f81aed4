import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/prisma";
import { ZSignIn } from "@/lib/auth/schemas";
import type { SessionUser } from "./roles";

/** Checks an e-mail and password; null for any failure so a caller cannot tell which part was wrong. */
export async function verifyCredentials(db: Db, input: unknown): Promise<SessionUser | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  if (!user || !user.active || !user.passwordHash) return null;
  if (!(await bcrypt.compare(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function hashPassword(password: string) {
  return bcrypt.hash(password, 10);
}

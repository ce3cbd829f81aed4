import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/prisma";
import { forbidden } from "@/lib/errors/app-error";
import { authOptions } from "./options";
import type { Role, SessionUser } from "./roles";

/**
 * The signed-in user, re-read from the database so a changed role or a deactivated user takes effect at once;
 * null when there is no valid session.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true, directorScope: true } });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, directorScope: user.directorScope };
}

/** For pages: redirects to /login without a session; throws a FORBIDDEN AppError when the role is not in `roles`. */
export async function requireUser(roles?: Role | readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const allowed = roles === undefined ? null : Array.isArray(roles) ? roles : [roles];
  if (allowed && !allowed.includes(user.role)) throw forbidden();
  return user;
}

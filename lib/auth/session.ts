import "server-only";
import { getToken, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { forbidden } from "@/lib/errors/app-error";
import type { Role, SessionUser } from "./roles";

/** The claims of this request's session cookie; null without a valid (signed, unexpired) one. */
async function sessionClaims(): Promise<JWT | null> {
  const req = {
    headers: Object.fromEntries(await headers()),
    cookies: Object.fromEntries((await cookies()).getAll().map((c) => [c.name, c.value])),
  };
  // next-auth reads the cookie (or a bearer token) from a plain request shape; the typing asks for a Next request.
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: process.env.NEXTAUTH_SECRET });
}

/**
 * The user a session's claims stand for, re-read from the database: null when the user is gone or deactivated,
 * or when the session was issued with another session version (the user signed out, signed out everywhere, or
 * had their password, role or status changed since).
 */
export async function userForSession(db: Db | ReadDb, claims: Pick<JWT, "id" | "sv"> | null): Promise<SessionUser | null> {
  const id = claims?.id;
  if (typeof id !== "string" || !id || typeof claims?.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, directorScope: true, sessionVersion: true },
  });
  if (!user?.active || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, directorScope: user.directorScope };
}

/**
 * The signed-in user, re-read from the database so a changed role, a deactivated user or an ended session takes
 * effect at once; null when there is no valid session. Read once per page render (React's per-request cache): the
 * layout, the page and their parts share it. Server actions and route handlers run outside a render and read it
 * afresh on every call.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => userForSession(getDb(), await sessionClaims()));

/** For pages: redirects to /login without a session; throws a FORBIDDEN AppError when the role is not in `roles`. */
export async function requireUser(roles?: Role | readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const allowed = roles === undefined ? null : Array.isArray(roles) ? roles : [roles];
  if (allowed && !allowed.includes(user.role)) throw forbidden();
  return user;
}

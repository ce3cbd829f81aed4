import type { DefaultSession } from "next-auth";
import type { Role } from "./roles";

declare module "next-auth" {
  /** Who signed in: from the credentials check (role, session version) or the identity provider's profile. */
  interface User {
    role?: Role;
    sessionVersion?: number;
    /** The identity provider's `email_verified`, when it sent one. */
    ssoEmailVerified?: boolean | null;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** The user's session version at sign-in; the session ends when the user's version moves on. */
    sv?: number;
  }
}

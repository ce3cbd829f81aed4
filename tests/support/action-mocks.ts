import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { forbidden } from "@/lib/errors/app-error";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";

/**
 * Server actions read the session and the request's language. Integration tests run them without a request, so
 * only those two are replaced; the database stays real. In a test file:
 *
 *   vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
 *   vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
 *   vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());
 *   …
 *   actAs(user);   // or actAs(null) for no session
 */
let current: SessionUser | null = null;

export function actAs(user: Pick<SessionUser, "id" | "email" | "name" | "role"> | null) {
  current = user && { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function sessionModule() {
  const actual = await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
  return {
    ...actual,
    getCurrentUser: async () => current,
    requireUser: async (roles?: SessionUser["role"] | readonly SessionUser["role"][]) => {
      if (!current) throw new Error("NEXT_REDIRECT /login");
      const allowed = roles === undefined ? null : Array.isArray(roles) ? roles : [roles];
      if (allowed && !allowed.includes(current.role)) throw forbidden();
      return current;
    },
  };
}

export function i18nModule() {
  return {
    getLocale: async () => "en" as const,
    getI18n: async () => ({ locale: "en" as const, messages: MESSAGES.en, t: createTranslator(MESSAGES.en) }),
  };
}

export function cacheModule() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() };
}

"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { defineAction } from "@/lib/server/define-action";

/**
 * Remembers the language: in a cookie (also before sign-in, so it is public) and, for a signed-in user, on his row
 * for his next device.
 */
export const setLocaleAction = defineAction(
  { schema: z.enum(LOCALES), public: true, revalidate: () => [["/", "layout"]] },
  async (locale, { user, tx }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (user) await tx.user.update({ where: { id: user.id }, data: { locale } });
  },
);

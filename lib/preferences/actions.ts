"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

const ZLocale = z.enum(LOCALES);

/** Remembers the language: in a cookie (also before sign-in) and on the user for their next device. */
export async function setLocaleAction(input: unknown) {
  const parsed = ZLocale.safeParse(input);
  if (!parsed.success) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await getDb().user.update({ where: { id: user.id }, data: { locale: parsed.data } });
  revalidatePath("/", "layout");
  return { ok: true as const };
}

import "server-only";
import { createHash } from "node:crypto";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, MESSAGES_COOKIE, type Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";
import { createTranslator } from "./translate";

/** The viewer's language: their saved choice (cookie), else the browser's, else English. */
export async function getLocale(): Promise<Locale> {
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export async function getI18n() {
  const locale = await getLocale();
  return { locale, messages: MESSAGES[locale], t: createTranslator(MESSAGES[locale]) };
}

const messagesIds = new Map<Locale, string>();

/** The language and a hash of its strings, so a new build's strings never pass for the old ones. */
function messagesIdOf(locale: Locale): string {
  let id = messagesIds.get(locale);
  if (!id) {
    id = `${locale}.${createHash("sha256").update(JSON.stringify(MESSAGES[locale])).digest("base64url").slice(0, 12)}`;
    messagesIds.set(locale, id);
  }
  return id;
}

/**
 * What the root layout hands to the client's I18nProvider: the viewer's language and its strings (~100 KB). A page
 * load always carries them. A request of the running app (a refresh or a server action, which re-render the
 * root layout too) leaves them out when the app's cookie says it holds exactly this set, so that
 * not every action's answer carries them again; the provider keeps what it received (lib/i18n/client.tsx).
 */
export async function getClientI18n(): Promise<{ locale: Locale; messagesId: string; messages: Messages | null }> {
  const locale = await getLocale();
  const messagesId = messagesIdOf(locale);
  // Next hides its own `RSC` header from server components; the browser's fetch metadata tells the same: the
  // app's requests are fetches, a page load is a document (and without the header the strings are sent).
  const request = await headers();
  const fromRunningApp = request.get("sec-fetch-dest") === "empty" || request.has("next-action");
  const held = (await cookies()).get(MESSAGES_COOKIE)?.value === messagesId;
  return { locale, messagesId, messages: fromRunningApp && held ? null : MESSAGES[locale] };
}

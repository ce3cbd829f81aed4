import "server-only";
import { createHash } from "node:crypto";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, MESSAGES_COOKIE, type Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";
import { core } from "./messages/core";
import { createTranslator } from "./translate";

/** The viewer's language: their saved choice (cookie), else the browser's, else English. */
export async function getLocale(): Promise<Locale> {
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

/** The viewer's language, its strings and a translator: made once per page render, which many components ask for. */
export const getI18n = cache(async () => {
  const locale = await getLocale();
  return { locale, messages: MESSAGES[locale], t: createTranslator(MESSAGES[locale]) };
});

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

type Tree = { [key: string]: string | Tree };

/** The strings under a dotted path ("board", "users.nav", "nav.dashboard"); an unknown path is a bug, not a blank. */
function scopeOf(messages: Messages, scope: string): string | Tree {
  let node: unknown = messages;
  for (const part of scope.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (node === undefined || node === null) throw new Error(`Unknown message scope "${scope}"`);
  return node as string | Tree;
}

/** The scopes the root layout always sends: the core strings (kept at the top level of the messages). */
export const CORE_SCOPES = Object.keys(core.en);

/**
 * What a ClientMessages boundary hands to the client's I18nScope: the viewer's language, the version of its strings
 * and the strings of `scopes`. A page load always carries them. A request of the running app (a navigation, a
 * refresh or a server action, which re-render the layouts and pages too) leaves out the scopes the app's cookie
 * says this tab holds in exactly this version, so that not every answer carries them again; the client keeps what
 * it received (lib/i18n/client.tsx).
 */
export async function getClientMessages(scopes: readonly string[]): Promise<{ locale: Locale; version: string; scopes: Record<string, string | Tree | null> }> {
  const locale = await getLocale();
  const version = messagesIdOf(locale);
  // Next hides its own `RSC` header from server components; the browser's fetch metadata tells the same: the
  // app's requests are fetches, a page load is a document (and without the header the strings are sent).
  const request = await headers();
  const fromRunningApp = request.get("sec-fetch-dest") === "empty" || request.has("next-action");
  const [heldVersion, ...held] = ((await cookies()).get(MESSAGES_COOKIE)?.value ?? "").split("~");
  const holds = new Set(fromRunningApp && heldVersion === version ? held : []);
  return { locale, version, scopes: Object.fromEntries(scopes.map((scope) => [scope, holds.has(scope) ? null : scopeOf(MESSAGES[locale], scope)])) };
}

"use client";

import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { MESSAGES_COOKIE, type Locale } from "./config";
import type { Messages } from "./messages";
import { createTranslator, type Translate } from "./translate";

type Tree = { [key: string]: string | Tree };
type I18nValue = { locale: Locale; t: Translate; messages: Tree };

const I18nContext = createContext<I18nValue | null>(null);

/** The strings this tab has received, by `<version>|<scope>`; they outlive re-renders of the layouts that sent them. */
const received = new Map<string, string | Tree>();
/** How often each scope was received: a new copy (after a language switch or a new build) recomputes the strings. */
const receipts = new Map<string, number>();
let written = "";

/**
 * Tells the server which scopes of this version the tab holds (see getClientMessages in server.ts): the cookie is
 * written while rendering, before any link of the page prefetches, and again whenever the tab gets the focus, so
 * that of several open tabs the one in use speaks for itself.
 */
function writeHeld(version: string) {
  const prefix = `${version}|`;
  const scopes = [...received.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  const value = [version, ...scopes].join("~");
  if (value === written) return;
  written = value;
  document.cookie = `${MESSAGES_COOKIE}=${value}; path=/; samesite=lax`;
}

/** The parent's strings with each scope's strings set at its dotted path (copied along the path, never mutated). */
function withScopes(base: Tree, entries: [string, string | Tree][]): Tree {
  const root: Tree = { ...base };
  for (const [path, value] of entries) {
    const parts = path.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = node[part] = typeof next === "object" ? { ...next } : {};
    }
    const last = parts[parts.length - 1];
    const existing = node[last];
    node[last] = typeof existing === "object" && typeof value === "object" ? { ...existing, ...value } : value;
  }
  return root;
}

/**
 * Hands the client the strings of some scopes (a message module such as "board", or a part of one such as
 * "users.nav") in the viewer's language, on top of those of the scopes around it: the root layout sends the
 * core strings and each layout, page or component that renders client components adds the scopes they use
 * (ClientMessages, lib/i18n/client-messages.tsx), so a page carries only what its client code reads. The message
 * modules hold both languages side by side, so importing them here would ship every string twice: only the type is.
 *
 * Requests of the running app get `null` for the scopes the cookie says this tab holds; the copy received before
 * is used. Should this tab not hold one (another tab wrote the cookie), the page loads afresh, which always carries
 * the strings.
 */
export function I18nScope({ locale, version, scopes, children }: { locale: Locale; version: string; scopes: Record<string, string | Tree | null>; children: ReactNode }) {
  const parent = useContext(I18nContext);
  for (const [scope, value] of Object.entries(scopes)) {
    const key = `${version}|${scope}`;
    if (value === null || received.get(key) === value) continue;
    received.set(key, value);
    receipts.set(key, (receipts.get(key) ?? 0) + 1);
  }
  const entries = Object.keys(scopes).map((scope) => [scope, received.get(`${version}|${scope}`)] as const);
  const missing = entries.some(([, value]) => value === undefined);
  if (typeof document !== "undefined" && !missing) writeHeld(version);

  useEffect(() => {
    if (missing) window.location.reload();
  }, [missing]);
  useEffect(() => {
    const onFocus = () => writeHeld(version);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [version]);

  const base = parent?.locale === locale ? parent.messages : undefined;
  const stamp = `${version}:${entries.map(([scope]) => `${scope}#${receipts.get(`${version}|${scope}`) ?? 0}`).join("~")}`;
  const value = useMemo(() => {
    if (missing) return null;
    const messages = withScopes(base ?? {}, entries as [string, string | Tree][]);
    return { locale, messages, t: createTranslator(messages as unknown as Messages) };
    // `stamp` names the received copies `entries` holds; they change only with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, base, missing, stamp]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): { locale: Locale; t: Translate } {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nScope>");
  return value;
}

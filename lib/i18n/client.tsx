"use client";

import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { MESSAGES_COOKIE, type Locale } from "./config";
import type { Messages } from "./messages";
import { createTranslator, type Translate } from "./translate";

type I18nValue = { locale: Locale; t: Translate };

const I18nContext = createContext<I18nValue | null>(null);

/** The sets of strings this tab has received, by id; they outlive re-renders of the root layout. */
const received = new Map<string, Messages>();

/**
 * The root layout (a server component) hands over the viewer's language and only that language's strings: the
 * message modules hold both languages side by side, so importing them here would ship every string twice to every
 * page. Only the type is imported. A language switch re-renders the layout, which sends the other set.
 *
 * Requests of the running app get `messages: null` when the cookie says this set is held (see getClientI18n);
 * the set received before is used. Should this tab not hold it (another tab switched the language and wrote the
 * cookie), the page loads afresh, which always carries the strings.
 */
export function I18nProvider({ locale, messagesId, messages, children }: { locale: Locale; messagesId: string; messages: Messages | null; children: ReactNode }) {
  if (messages && !received.has(messagesId)) received.set(messagesId, messages);
  const current = messages ?? received.get(messagesId);
  useEffect(() => {
    if (current) document.cookie = `${MESSAGES_COOKIE}=${messagesId}; path=/; samesite=lax`;
    else window.location.reload();
  }, [current, messagesId]);
  const value = useMemo(() => (current ? { locale, t: createTranslator(current) } : null), [locale, current]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}

import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

/** A part of a title: a message key, or a record's own name as it is. */
export type TitlePart = MessageKey | { text: string };

/**
 * A page's <title> from its parts, most specific first ("Westfield Logistics · Accounts"); the root layout's
 * template adds "· KAM". Translated in the user's language.
 */
export async function pageTitle(...parts: TitlePart[]): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: parts.map((part) => (typeof part === "string" ? t(part) : part.text)).join(" · ") };
}

/** `generateMetadata` of a page whose title is fixed: `export const generateMetadata = titled("shell.titles.board")`. */
export const titled =
  (...parts: TitlePart[]) =>
  () =>
    pageTitle(...parts);

/**
 * The names record pages are titled by, once per request (the layout's existence check, its metadata and the
 * page share the call). Null when the record does not exist.
 */
export const accountName = cache(async (id: string) => (await getDb().account.findUnique({ where: { id }, select: { name: true } }))?.name ?? null);
export const contactName = cache(async (id: string) => (await getDb().contact.findUnique({ where: { id }, select: { name: true } }))?.name ?? null);

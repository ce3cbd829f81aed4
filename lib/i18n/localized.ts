import type { Locale } from "./config";

/** Bilingual text carried as data by the engines (labels, guidance, recommended actions). */
export type LocalizedText = { en: string; zh: string };

export const localized = (text: LocalizedText, locale: Locale) => text[locale];

/** The interface languages. Engines carry their texts in every one of them. */
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every interface language (labels, guidance, recommended actions carried as data by the engines). */
export type LocalizedText = { [L in Locale]: string };

import "server-only";

/** `text` as an ILIKE "contains" pattern, its own `%`, `_` and `\` matched literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

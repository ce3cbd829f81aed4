/**
 * The quick-find query as typed, without zod: the search box in the shell of every page uses these, and the
 * validation library should load only on pages with forms.
 */

/** The longest query quick-find looks at; anything beyond is cut, not refused (it is typed as you go). */
export const QUICK_FIND_MAX = 100;
/** Results per kind (accounts, contacts, users). */
export const QUICK_FIND_LIMIT = 6;

/** Whitespace collapsed and the length capped: what the user typed, as the queries use it. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, " ").trim().slice(0, QUICK_FIND_MAX);
}

/** Whether `q` contains Chinese, Japanese or Korean characters (matched by substring, see queries.ts). */
export const hasCjk = (q: string) => /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/u.test(q);

/**
 * Long enough to search: two characters, or one CJK character (one Chinese character is a word). Shorter input
 * answers nothing rather than everything.
 */
export const isSearchable = (q: string) => q.length >= 2 || (q.length === 1 && hasCjk(q));

/**
 * Keyset cursors of the list pages: a position in a sorted list (the sort value, name and id of a row) written into
 * one compact URL-safe param. The text is base64url of a JSON array; its meaning and validation belong to each
 * list's schema (e.g. lib/accounts/schemas.ts), which decodes it with `decodeCursor` and checks every element.
 * Pure: no server-only imports, so the saved views and other client code can parse a list's URL too.
 */

/** Longest cursor text accepted: a 200-character name in CJK (3 bytes a character) plus the key stays well below. */
export const MAX_CURSOR_LENGTH = 2000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The cursor text of `values` (JSON-serialisable). */
export function encodeCursor(values: readonly unknown[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(values)));
}

/** The array a cursor text holds, or null when the text is not one (wrong alphabet, bad UTF-8 or JSON, not an array). */
export function decodeCursor(text: string): unknown[] | null {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH) return null;
  const bytes = fromBase64Url(text);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A short fingerprint of a list's filters (FNV-1a over their JSON, base 36). A cursor carries the fingerprint of
 * the filters it was made for, so a cursor kept by a link whose filters changed opens the first page instead of a
 * position in another list.
 */
export function filterFingerprint(filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = JSON.stringify(entries);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

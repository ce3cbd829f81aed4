/**
 * Company names as the duplicate check compares them. Pure (no server-only imports, no clock), so the form, the
 * import and the unit tests share it.
 *
 * `normalizeCompanyName` folds what does not tell two companies apart: letter case, full-width and half-width
 * forms (NFKC: "ＡＣＭＥ" is "ACME", an ideographic space a space), punctuation, repeated whitespace and the legal
 * form at the end ("Ltd", "Co., Ltd.", "GmbH", "Inc", "有限公司", "股份有限公司" …). What remains is the name's core;
 * two names with the same core are the same company for the check. `nameSimilarity` scores two cores from 0 to 1
 * the way pg_trgm does for Latin words (padded trigrams, shared / all) and with character pairs for Chinese,
 * Japanese and Korean text, which has no word boundaries (and no trigrams under the database's C locale).
 */

/** Legal forms, compared after punctuation became spaces; longest first so "co ltd" goes before "ltd". */
const LATIN_SUFFIXES = [
  "company limited", "co ltd", "pte ltd", "pty ltd", "sdn bhd", "gmbh co kg", "gmbh & co kg", "limited", "ltd", "llc", "llp", "plc",
  "incorporated", "inc", "corporation", "corp", "company", "co", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
  "oy", "ab", "as", "aps", "kk", "pte", "pty", "lp",
].map((s) => s.split(" "));

/** Chinese and Japanese legal forms at the end of a name, longest first. */
const CJK_SUFFIXES = ["股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "有限公司", "株式会社", "有限会社", "合同会社", "公司"];

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower case, NFKC, punctuation and symbols as spaces, whitespace collapsed. */
export function foldName(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function stripLatin(text: string): string {
  const words = text.split(" ").filter(Boolean);
  for (const suffix of LATIN_SUFFIXES) {
    if (words.length > suffix.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w)) {
      return words.slice(0, words.length - suffix.length).join(" ");
    }
  }
  return text;
}

function stripCjk(text: string): string {
  for (const suffix of CJK_SUFFIXES) {
    if (text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length).trim();
  }
  return text;
}

/** Legal forms off the end, one at a time, until none is left ("Acme Ltd 有限公司", "Acme Co., Ltd."). */
function stripLegalForm(folded: string): string {
  let text = folded;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = stripCjk(stripLatin(text));
  }
  return text;
}

/** The core of a company name (see the file comment); "" for a blank name. Never stripped to nothing: one word stays. */
export function normalizeCompanyName(raw: string | null | undefined): string {
  const folded = foldName(raw ?? "");
  return folded ? stripLegalForm(folded) || folded : "";
}

/** The core without spaces: "West Field" and "Westfield" are the same name. */
export const compactName = (core: string) => core.replace(/ /g, "");

/** Whether the text contains Chinese, Japanese or Korean characters. */
export const hasCjk = (text: string) => CJK.test(text);

/** pg_trgm's trigrams of a Latin word ("  w", " wo", … "rd "); pairs of characters for a run of CJK characters. */
export function nameGrams(core: string): Set<string> {
  const grams = new Set<string>();
  for (const word of core.split(" ").filter(Boolean)) {
    for (const run of word.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u).filter(Boolean)) {
      if (hasCjk(run)) {
        const chars = [...run];
        if (chars.length === 1) grams.add(chars[0]);
        for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
      } else {
        const padded = `  ${run} `;
        for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
      }
    }
  }
  return grams;
}

/** How alike two name cores are, 0 (nothing shared) to 1 (same): shared grams over all grams. */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (compactName(a) === compactName(b)) return 1;
  const ga = nameGrams(a);
  const gb = nameGrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  const all = ga.size + gb.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** Character pairs of the CJK runs of a core: what the database matches CJK names on. */
export function cjkPairs(core: string): string[] {
  return [...nameGrams(core)].filter((g) => hasCjk(g));
}

/** From this similarity on, two names are "close" and the user is asked before a second account is created. */
export const CLOSE_SIMILARITY = 0.5;

import { z } from "zod";

/**
 * Pieces for parsing a page's URL search params. A bad or outdated value is dropped (the page opens with the
 * default), never an error page: links get shared and bookmarked.
 */

/** A URL value: the first of repeated params, trimmed; empty means "not given". */
export const urlParam = z.preprocess((v) => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first !== "string") return undefined;
  const trimmed = first.trim();
  return trimmed === "" ? undefined : trimmed;
}, z.string().max(200).optional());

/** Any text value, or undefined. */
export const urlText = urlParam.catch(undefined);

/** One of `values`, or undefined. */
export const urlEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  urlParam.pipe(z.enum(values).optional()).catch(undefined);

/** A whole number within [min, max], written with at most `maxDigits` digits, or undefined. */
export const urlInt = (min: number, max: number, maxDigits = 9) =>
  urlParam
    .pipe(z.string().regex(new RegExp(`^\\d{1,${maxDigits}}$`)).transform(Number).pipe(z.number().int().min(min).max(max)).optional())
    .catch(undefined);

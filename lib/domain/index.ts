/**
 * The base of every engine: the one error type, the interface languages and their text type, and small numeric
 * helpers. Imports nothing.
 */
export { assertFinite, EngineError, type EngineErrorCode } from "./errors";
export { median } from "./numbers";
export { defaultOwnerFilter, effectiveOwner, type OwnerFilter } from "./owner-filter";
export { LOCALES, type Locale, type LocalizedText } from "./text";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/**
 * One feature's strings in both languages. The English object defines the keys; the Chinese one must have
 * exactly the same shape, so a missing translation is a type error, not a blank in the UI.
 */
export function defineMessages<const T extends object>(messages: { en: T; zh: DeepStrings<T> }) {
  return messages as { en: DeepStrings<T>; zh: DeepStrings<T> };
}

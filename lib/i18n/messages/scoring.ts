import { defineMessages } from "./define";

/** Strings of the scoring feature, mounted at `scoring.*`. */
export const scoring = defineMessages({
  en: {},
  zh: {},
});

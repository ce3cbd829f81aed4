import { defineMessages } from "./define";

/** Strings of the csvImport feature, mounted at `csvImport.*`. */
export const csvImport = defineMessages({
  en: {},
  zh: {},
});

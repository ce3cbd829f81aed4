import { defineMessages } from "./define";

/** Strings of the contacts feature, mounted at `contacts.*`. */
export const contacts = defineMessages({
  en: {},
  zh: {},
});

import { defineMessages } from "./define";

/** Strings of the accounts feature, mounted at `accounts.*`. */
export const accounts = defineMessages({
  en: {},
  zh: {},
});

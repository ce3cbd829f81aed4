import { defineMessages } from "./define";

/** Strings of the admin feature, mounted at `admin.*`. */
export const admin = defineMessages({
  en: {},
  zh: {},
});

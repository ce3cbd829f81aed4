import { defineMessages } from "./define";

/** Strings of the accountDetail feature, mounted at `accountDetail.*`. */
export const accountDetail = defineMessages({
  en: {},
  zh: {},
});

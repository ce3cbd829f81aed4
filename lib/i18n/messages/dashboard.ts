import { defineMessages } from "./define";

/** Strings of the dashboard feature, mounted at `dashboard.*`. */
export const dashboard = defineMessages({
  en: {},
  zh: {},
});

import { defineMessages } from "./define";

/** Strings of the account page's contacts/relationship map, activities and plan tabs, mounted at `accountWork.*`. */
export const accountWork = defineMessages({
  en: {},
  zh: {},
});

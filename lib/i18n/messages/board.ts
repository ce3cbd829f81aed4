import { defineMessages } from "./define";

/** Strings of the board feature, mounted at `board.*`. */
export const board = defineMessages({
  en: {},
  zh: {},
});

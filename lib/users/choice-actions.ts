"use server";

import { defineAction } from "@/lib/server/define-action";
import { PERSON_CHOICES_LIMIT, searchPeople } from "./choices";
import { ZPeopleSearch } from "./schemas";

/**
 * The people a picker offers for what was typed (read-only; every signed-in user sees colleagues' names), and
 * whether more match than it shows (one more is read to tell).
 */
export const searchPeopleAction = defineAction({ schema: ZPeopleSearch }, async (input, { db }) => {
  const found = await searchPeople(db, input, PERSON_CHOICES_LIMIT + 1);
  return { people: found.slice(0, PERSON_CHOICES_LIMIT), more: found.length > PERSON_CHOICES_LIMIT };
});

"use server";

import { defineAction } from "@/lib/server/define-action";
import { searchPeople } from "./choices";
import { ZPeopleSearch } from "./schemas";

/** The people a picker offers for what was typed (read-only; every signed-in user sees colleagues' names). */
export const searchPeopleAction = defineAction({ schema: ZPeopleSearch }, async (input, { db }) => searchPeople(db, input));

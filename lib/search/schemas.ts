import { z } from "zod";
import { normaliseQuery } from "./query-text";

export { hasCjk, isSearchable, normaliseQuery, QUICK_FIND_LIMIT, QUICK_FIND_MAX } from "./query-text";

export const ZQuickFindQuery = z.object({
  q: z
    .string()
    .default("")
    .transform((value) => normaliseQuery(value)),
});
export type TQuickFindQuery = z.infer<typeof ZQuickFindQuery>;

import { z } from "zod";
import { plainText, requiredText, ZId } from "@/lib/validation/fields";
import { SAVED_VIEW_LISTS } from "./lists";

const list = z.enum(SAVED_VIEW_LISTS, { error: "validation.invalid" });
const name = requiredText(80);
/** The list's URL query as the page had it; cleaned with the list's own schema before it is stored. */
const query = plainText(2000);
const columns = z.array(z.string().max(40)).max(40);

/** Saving the current filters, sort and columns under a name, private or shared with everyone. */
export const ZSaveView = z.object({ list, name, query, columns, shared: z.boolean() });
export type TSaveView = z.infer<typeof ZSaveView>;

/** Storing the current filters, sort and columns in an existing view of one's own. */
export const ZUpdateView = z.object({ id: ZId, query, columns });

/** Renaming one's own view and choosing who sees it. */
export const ZRenameView = z.object({ id: ZId, name, shared: z.boolean() });

export const ZDeleteView = z.object({ id: ZId });

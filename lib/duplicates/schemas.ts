import { z } from "zod";
import { plainText, ZId, ZVersion } from "@/lib/validation/fields";

const id = ZId.max(40);

/** The two accounts of a merge, before the survivor is confirmed. */
export const ZMergePreview = z.object({ accountId: id, otherId: id }).refine((v) => v.accountId !== v.otherId, {
  message: "duplicates.merge.sameAccount",
  path: ["otherId"],
});
export type TMergePreview = z.infer<typeof ZMergePreview>;

/**
 * The confirmed merge: `mergedId` moves into `survivorId` and is archived. The versions are those the preview
 * showed, so a change made to either account since then stops the merge (CONFLICT) instead of merging blind.
 */
export const ZMerge = z
  .object({ survivorId: id, survivorVersion: ZVersion, mergedId: id, mergedVersion: ZVersion })
  .refine((v) => v.survivorId !== v.mergedId, { message: "duplicates.merge.sameAccount", path: ["mergedId"] });
export type TMerge = z.infer<typeof ZMerge>;

/** What a merge moves, per kind of record: the preview shows it for both accounts, the audit keeps what moved. */
export const MERGE_PARTS = [
  "contacts", "orders", "activities", "complaints", "plans", "team", "assessments", "stageTransitions", "alerts", "fitInferences", "children",
] as const;
export type MergePart = (typeof MERGE_PARTS)[number];

/** Searching the other account of a merge by name. */
export const ZMergeSearch = z.object({ q: plainText(200), excludeId: id });

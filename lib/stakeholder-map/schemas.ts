import { z } from "zod";
import { Influence, RelationshipLevel } from "@/lib/generated/prisma/enums";
import { blankable, isoDay, optionalText, ZId } from "@/lib/validation/fields";

const contactRef = { accountId: ZId, contactId: ZId };

/** The contact's manager at the customer; blank for none. */
export const ZSetReportsTo = z.object({ ...contactRef, reportsToId: blankable(ZId) });
export type TSetReportsTo = z.infer<typeof ZSetReportsTo>;

export const ZSetInfluence = z.object({ ...contactRef, influence: blankable(z.enum(Influence, "validation.invalid")) });
export type TSetInfluence = z.infer<typeof ZSetInfluence>;

/** How the contact sees our user now and how we want to be seen; blank for not assessed. */
export const ZSetCoverageLevels = z.object({
  ...contactRef,
  userId: ZId,
  levelNow: blankable(z.enum(RelationshipLevel, "validation.invalid")),
  levelWanted: blankable(z.enum(RelationshipLevel, "validation.invalid")),
});
export type TSetCoverageLevels = z.infer<typeof ZSetCoverageLevels>;

/** The day the contact left the customer (not in the future, not before he was recorded) and where he went. */
export const ZMarkLeft = z.object({ ...contactRef, leftAt: isoDay(), newEmployer: optionalText(200) });
export type TMarkLeft = z.infer<typeof ZMarkLeft>;

export const ZContactRef = z.object(contactRef);
export type TContactRef = z.infer<typeof ZContactRef>;

/** Merge `otherId` into `contactId` (kept); both of the account. */
export const ZMergeContacts = z.object({ ...contactRef, otherId: ZId });
export type TMergeContacts = z.infer<typeof ZMergeContacts>;

/** The contacts tab's URL: the list or the map. */
export const CONTACT_VIEWS = ["list", "map"] as const;
export type ContactView = (typeof CONTACT_VIEWS)[number];

import { z } from "zod";
import { blankable, isoDay, optionalText, ZId } from "@/lib/validation/fields";

const day = isoDay().transform((text) => new Date(`${text}T00:00:00Z`));

export const ZReviewInput = z.object({
  heldOn: day,
  planId: blankable(ZId),
  agenda: optionalText(4000, { multiline: true }),
  /** One outcome per line; each line can become a plan item. */
  outcomes: optionalText(4000, { multiline: true }),
  userIds: z.array(ZId).max(30, "validation.tooBig"),
  contactIds: z.array(ZId).max(50, "validation.tooBig"),
});
export type TReviewInput = z.input<typeof ZReviewInput>;

export const ZAddReview = z.object({ accountId: ZId, review: ZReviewInput });
export const ZUpdateReview = z.object({ accountId: ZId, reviewId: ZId, review: ZReviewInput });
export const ZRemoveReview = z.object({ accountId: ZId, reviewId: ZId });

/** Turns one outcome line of a review into a task under the chosen objective. */
export const ZOutcomeToTask = z.object({
  accountId: ZId,
  reviewId: ZId,
  objectiveId: ZId,
  line: z.number().int().min(0).max(200),
  ownerId: blankable(ZId),
  dueDate: blankable(day),
});

/** The outcome lines of a review: one per non-blank line, trimmed. */
export const outcomeLines = (outcomes: string | null) => (outcomes ?? "").split("\n").map((l) => l.trim()).filter(Boolean);

import { z } from "zod";
import { ActivityType, ComplaintSeverity } from "@/lib/generated/prisma/enums";
import { blankable, blankToNull, ZId } from "@/lib/validation/fields";

const optionalDate = z.preprocess(
  (v) => blankToNull(v) ?? undefined,
  z.coerce.date("validation.date").refine((d) => !Number.isNaN(d.getTime()), "validation.date").optional(),
);

/** Participants as typed in one field ("Anna, Li Wei") or as a list; blanks dropped, duplicates once. */
const participants = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,，、;；\n]/) : (v ?? [])),
  z
    .array(z.string().trim().max(100, "validation.tooLong"))
    .max(30, "validation.tooBig")
    .transform((names) => [...new Set(names.filter(Boolean))]),
).optional().transform((names) => names ?? []);

/** A call, meeting, visit, e-mail or other touchpoint; the date defaults to now on the server. */
export const ZActivityInput = z.object({
  accountId: ZId,
  type: z.enum(ActivityType, "validation.required"),
  summary: z.string("validation.required").trim().min(1, "validation.required").max(2000, "validation.tooLong"),
  occurredAt: optionalDate,
  contactId: blankable(ZId),
  participants,
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZComplaintInput = z.object({
  accountId: ZId,
  severity: z.enum(ComplaintSeverity, "validation.required"),
  summary: z.string("validation.required").trim().min(1, "validation.required").max(2000, "validation.tooLong"),
  openedAt: optionalDate,
});
export type TComplaintInput = z.infer<typeof ZComplaintInput>;

export const ZCloseComplaint = z.object({ accountId: ZId, complaintId: ZId });
export type TCloseComplaint = z.infer<typeof ZCloseComplaint>;

export const ZTimelinePage = z.object({ accountId: ZId, page: z.coerce.number().int().min(1).max(10_000) });

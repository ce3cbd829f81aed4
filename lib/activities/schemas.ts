import { z } from "zod";
import { ActivityType, ComplaintSeverity } from "@/lib/generated/prisma/enums";
import { blankable, blankToNull, isoDateTime, isoDay, optionalText, plainText, requiredText, ZId } from "@/lib/validation/fields";

/** A real calendar moment within the business years (a Date or ISO text); blank is "now" on the server. */
const optionalDate = z.preprocess((v) => blankToNull(v) ?? undefined, isoDateTime().optional());

/** Participants as typed in one field ("Anna, Li Wei") or as a list; blanks dropped, duplicates once. */
const participants = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,，、;；\n]/) : (v ?? [])),
  z
    .array(plainText(100))
    .max(30, "validation.tooBig")
    .transform((names) => [...new Set(names.filter(Boolean))]),
).optional().transform((names) => names ?? []);

/**
 * A follow-up is a calendar day (YYYY-MM-DD from a date input), stored as that UTC day. A Date is read as its UTC
 * day, so the form's parsed input passes the server's parse unchanged.
 */
const followUpDay = blankable(
  z
    .preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDay())
    .transform((day) => new Date(`${day}T00:00:00Z`)),
);

/** A call, meeting, visit, e-mail or other touchpoint; the date defaults to now on the server. */
export const ZActivityInput = z.object({
  accountId: ZId,
  type: z.enum(ActivityType, "validation.required"),
  summary: requiredText(2000, { multiline: true }),
  occurredAt: optionalDate,
  contactId: blankable(ZId),
  participants,
  followUpAt: followUpDay,
  followUpNote: optionalText(500),
}).superRefine((input, ctx) => {
  if (input.followUpNote && !input.followUpAt) ctx.addIssue({ code: "custom", path: ["followUpAt"], message: "myWork.followUp.noteNeedsDate" });
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

/** The app's form adds the account's contacts who took part (ActivityParticipant rows) to the free-text names. */
export const ZLogActivity = ZActivityInput.safeExtend({
  participantIds: z.array(ZId).max(100, "validation.tooBig").optional().transform((ids) => [...new Set(ids ?? [])]),
});

/** Completing or snoozing an activity's follow-up; `until` is the day it comes back (after today). */
export const ZFollowUpRef = z.object({ accountId: ZId, activityId: ZId });
export const ZSnoozeFollowUp = ZFollowUpRef.extend({ until: isoDay() });

export const ZComplaintInput = z.object({
  accountId: ZId,
  severity: z.enum(ComplaintSeverity, "validation.required"),
  summary: requiredText(2000, { multiline: true }),
  openedAt: optionalDate,
});
export type TComplaintInput = z.infer<typeof ZComplaintInput>;

export const ZCloseComplaint = z.object({ accountId: ZId, complaintId: ZId });
export type TCloseComplaint = z.infer<typeof ZCloseComplaint>;

export const ZTimelinePage = z.object({ accountId: ZId, page: z.coerce.number().int().min(1).max(10_000) });

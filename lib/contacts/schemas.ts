import { z } from "zod";
import { blankable, blankToNull, optionalText, requiredText, ZId } from "@/lib/validation/fields";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";


const optionalEnum = <T extends Record<string, string>>(values: T) => blankable(z.enum(values, "validation.invalid"));


/** A customer contact; shared by the inline form, its actions and the CSV import. */
export const ZContactInput = z.object({
  name: requiredText(200),
  title: optionalText(200),
  department: optionalText(200),
  function: z.enum(ContactFunction, "validation.required"),
  level: z.enum(ContactLevel, "validation.required"),
  buyingRole: optionalEnum(BuyingRole),
  personalityType: optionalEnum(PersonalityType),
  attitude: z.preprocess((v) => blankToNull(v) ?? undefined, z.enum(Attitude, "validation.invalid").default("NEUTRAL")),
  relationshipStrength: z.preprocess(
    (v) => blankToNull(v) ?? undefined,
    z.coerce.number("validation.notANumber").int("validation.invalid").min(1, "validation.tooSmall").max(5, "validation.tooBig").default(3),
  ),
  email: blankable(z.email("validation.email").max(200, "validation.tooLong")),
  phone: optionalText(50),
  explicitNeeds: optionalText(2000, { multiline: true }),
  implicitNeeds: optionalText(2000, { multiline: true }),
});
export type TContactInput = z.infer<typeof ZContactInput>;

export const ZCreateContact = z.object({ accountId: ZId, contact: ZContactInput });
export type TCreateContact = z.infer<typeof ZCreateContact>;

export const ZUpdateContact = z.object({ accountId: ZId, contactId: ZId, contact: ZContactInput });
export type TUpdateContact = z.infer<typeof ZUpdateContact>;

/** One coverage line: our user `userId` covers the contact `contactId` of account `accountId`. */
export const ZCoverageInput = z.object({ accountId: ZId, contactId: ZId, userId: ZId });
export type TCoverageInput = z.infer<typeof ZCoverageInput>;

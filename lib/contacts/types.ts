import type { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";

/** A contact's identity and classification, as the contacts list and the account page's cards show it. */
export type ContactSummary = {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  function: ContactFunction;
  level: ContactLevel;
  buyingRole: BuyingRole | null;
  personalityType: PersonalityType | null;
  attitude: Attitude;
  relationshipStrength: number;
};

import { z } from "zod";
import { WhitespaceStatus } from "@/lib/generated/prisma/enums";
import { blankable, DECIMAL_18_2, decimalText, optionalText, requiredText, ZId } from "@/lib/validation/fields";

const money = blankable(decimalText(DECIMAL_18_2, { min: 0 }));

/** A buying centre of an account: a plant, division or purchasing unit that buys on its own. */
export const ZAddBuyingCentre = z.object({ accountId: ZId, name: requiredText(100), note: optionalText(500) });
export type TAddBuyingCentre = z.input<typeof ZAddBuyingCentre>;
export const ZUpdateBuyingCentre = ZAddBuyingCentre.extend({ buyingCentreId: ZId });
export type TUpdateBuyingCentre = z.input<typeof ZUpdateBuyingCentre>;
export const ZRemoveBuyingCentre = z.object({ accountId: ZId, buyingCentreId: ZId });

/** One cell of the map (buying centre × offering); saving an untouched cell creates it. */
export const ZSaveCell = z.object({
  accountId: ZId,
  buyingCentreId: ZId,
  offeringId: ZId,
  status: z.enum(WhitespaceStatus, "validation.invalid"),
  totalMarket: money,
  /** Kept only for when the orders cannot tell; ignored in the figures while orders count for the cell. */
  ourRevenue: money,
  competitor: optionalText(100),
  note: optionalText(1000, { multiline: true }),
});
export type TSaveCell = z.input<typeof ZSaveCell>;

import { z } from "zod";
import { blankable, isoDay, requiredText, ZId } from "@/lib/validation/fields";
import { API_SCOPES, type ApiScope } from "./scopes";

/**
 * A new API key: its name, the user it acts as (its record permissions are exactly that user's), its scopes and
 * an optional last day of validity (YYYY-MM-DD; the key works until the end of that day, UTC).
 */
export const ZCreateApiKey = z.object({
  name: requiredText(100),
  userId: ZId,
  scopes: z
    .array(z.enum(API_SCOPES as [ApiScope, ...ApiScope[]], "validation.invalid"))
    .min(1, "api.keys.errors.noScope")
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresOn: blankable(isoDay()),
});
export type TCreateApiKey = z.input<typeof ZCreateApiKey>;

export const ZRevokeApiKey = z.object({ id: ZId });

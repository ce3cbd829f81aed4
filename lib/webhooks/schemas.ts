import { z } from "zod";
import { plainText } from "@/lib/validation/fields";
import { WEBHOOK_EVENTS } from "./events";
import { endpointUrlProblem } from "./url";

const ZId = z.string().min(1).max(100);

/** The endpoint form: an allowed URL (see lib/webhooks/url.ts), an optional description, at least one event. */
export const ZEndpointInput = z.object({
  url: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(2000, "validation.tooLong")
    .superRefine((url, ctx) => {
      const problem = endpointUrlProblem(url);
      if (problem) ctx.addIssue({ code: "custom", message: `webhooks.errors.url.${problem}` });
    }),
  description: plainText(200).optional().transform((text) => (text ? text : null)),
  events: z.array(z.enum(WEBHOOK_EVENTS), { error: "webhooks.errors.events" }).min(1, "webhooks.errors.events").max(WEBHOOK_EVENTS.length),
});
export type TEndpointInput = z.input<typeof ZEndpointInput>;

export const ZEndpointUpdate = ZEndpointInput.extend({ id: ZId });
export const ZEndpointRef = z.object({ id: ZId });
export const ZEndpointActive = z.object({ id: ZId, active: z.boolean() });
export const ZDeliveryRef = z.object({ deliveryId: ZId });

/** /admin/webhooks?endpoint=…&page=…: the endpoint whose log is open and the log's page. */
export const ZWebhooksPageQuery = z.object({
  endpoint: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

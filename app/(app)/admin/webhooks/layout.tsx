import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the webhook forms and controls read on the client. */
export default function WebhooksLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["webhooks.detail", "webhooks.events", "webhooks.form", "webhooks.log", "webhooks.secret"]}>{children}</ClientMessages>;
}

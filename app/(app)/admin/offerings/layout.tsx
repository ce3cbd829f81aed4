import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the offering catalogue editor read on the client. */
export default function OfferingsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["whitespace.offerings"]}>{children}</ClientMessages>;
}

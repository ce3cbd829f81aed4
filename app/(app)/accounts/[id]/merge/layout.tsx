import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the merge wizard read on the client. */
export default function MergeLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["duplicates"]}>{children}</ClientMessages>;
}

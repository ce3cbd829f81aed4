import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the work list read on the client. */
export default function MyWorkLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["myWork.actions", "myWork.item"]}>{children}</ClientMessages>;
}

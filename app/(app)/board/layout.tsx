import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the board's cards, columns and dialogs read on the client. */
export default function BoardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["board", "search.close"]}>{children}</ClientMessages>;
}

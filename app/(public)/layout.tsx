import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the invitation and password reset forms read on the client. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["users.invite", "users.link", "users.password"]}>{children}</ClientMessages>;
}

import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the profile forms read on the client. */
export default function ProfileLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["users.profile", "users.password", "users.link"]}>{children}</ClientMessages>;
}

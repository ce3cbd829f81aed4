import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the user forms and the one-time link read on the client. */
export default function UsersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["users.detail", "users.form", "users.link", "users.scope", "users.password"]}>{children}</ClientMessages>;
}

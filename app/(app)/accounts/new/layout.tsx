import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the account form (with its duplicate check) read on the client. */
export default function NewAccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["accounts.form", "domain", "duplicates.archived", "duplicates.create", "duplicates.match", "shell.fields"]}>{children}</ClientMessages>;
}

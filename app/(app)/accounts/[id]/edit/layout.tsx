import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the account form (with its duplicate check) and the archive/delete controls read on the client. */
export default function EditAccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["accounts.form", "accounts.manage", "domain", "duplicates.archived", "duplicates.create", "duplicates.match", "shell.fields"]}>{children}</ClientMessages>;
}

import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the sign-in form read on the client. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["auth.signIn", "auth.sso"]}>{children}</ClientMessages>;
}

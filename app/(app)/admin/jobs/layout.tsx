import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the jobs' run buttons read on the client. */
export default function JobsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["jobs.pending", "jobs.queued", "jobs.runNow", "jobs.starting"]}>{children}</ClientMessages>;
}

import type { ReactNode } from "react";
import { notFoundUnlessRecordExists } from "@/components/shell/record-guard";
import { accountName } from "@/components/shell/page-title";
import { ClientMessages } from "@/lib/i18n/client-messages";

/**
 * Assessing a missing account answers 404 before the scoring list's loading state starts the response. The scoring
 * pages' client components (assessment form, key-account toggle, fit form) read these strings.
 */
export default async function ScoringLayout({ children }: { children: ReactNode }) {
  await notFoundUnlessRecordExists(/^\/scoring\/([^/]+)\/?$/, async (id) => (await accountName(id)) !== null, ["identification"]);
  return <ClientMessages scopes={["scoring", "ux.scoringForm"]}>{children}</ClientMessages>;
}

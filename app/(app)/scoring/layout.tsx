import type { ReactNode } from "react";
import { notFoundUnlessRecordExists } from "@/components/shell/record-guard";
import { accountName } from "@/components/shell/page-title";

/** Assessing a missing account answers 404 before the scoring list's loading state starts the response. */
export default async function ScoringLayout({ children }: { children: ReactNode }) {
  await notFoundUnlessRecordExists(/^\/scoring\/([^/]+)\/?$/, async (id) => (await accountName(id)) !== null, ["identification"]);
  return children;
}

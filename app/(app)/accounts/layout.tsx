import type { ReactNode } from "react";
import { notFoundUnlessRecordExists } from "@/components/shell/record-guard";
import { accountName } from "@/components/shell/page-title";

/** A missing account's page (or edit page) answers 404 before the list's loading state starts the response. */
export default async function AccountsLayout({ children }: { children: ReactNode }) {
  await notFoundUnlessRecordExists(/^\/accounts\/([^/]+)(?:\/edit)?\/?$/, async (id) => (await accountName(id)) !== null, ["new", "import", "export"]);
  return children;
}

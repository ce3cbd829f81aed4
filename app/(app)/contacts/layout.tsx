import type { ReactNode } from "react";
import { notFoundUnlessRecordExists } from "@/components/shell/record-guard";
import { contactName } from "@/components/shell/page-title";

/** A missing contact's page answers 404 before the list's loading state starts the response. */
export default async function ContactsLayout({ children }: { children: ReactNode }) {
  await notFoundUnlessRecordExists(/^\/contacts\/([^/]+)\/?$/, async (id) => (await contactName(id)) !== null);
  return children;
}

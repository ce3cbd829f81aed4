import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

/**
 * A record page's 404 must be decided before the response starts. The list pages' loading.tsx (accounts/,
 * contacts/, scoring/) wraps the record pages below them too, so a notFound() in the record's own layout or page
 * comes after the loading state was sent, under status 200. The list segment's layout sits outside that loading
 * state: it calls this with the request's path (x-pathname, set by proxy.ts on every page request) and answers 404
 * for a record that does not exist. Client-side navigation does not re-run the layout; the record's own layout
 * still shows the not-found page then (there is no HTTP status to get right).
 */
export async function notFoundUnlessRecordExists(
  pattern: RegExp,
  exists: (id: string) => Promise<boolean>,
  notRecords: readonly string[] = [],
) {
  const path = (await headers()).get("x-pathname");
  const match = path ? pattern.exec(path) : null;
  if (!match) return;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    notFound();
  }
  if (notRecords.includes(id)) return;
  if (!(await exists(id))) notFound();
}

import "server-only";
import type { ReactNode } from "react";
import { I18nScope } from "./client";
import { getClientMessages } from "./server";

/**
 * Sends the client components inside it the strings of `scopes` (on top of those sent around it). Every layout,
 * page or server component that renders client components which translate declares here the scopes they read;
 * tests/unit/i18n/client-scopes.test.ts checks the declarations against the keys the client code uses.
 */
export async function ClientMessages({ scopes, children }: { scopes: readonly string[]; children: ReactNode }) {
  const props = await getClientMessages(scopes);
  return <I18nScope {...props}>{children}</I18nScope>;
}

import type { Metadata } from "next";
import { LinkPage } from "@/components/profile/link-page";

// The secret is in the address: no search engine, and no Referer to any other site.
export const metadata: Metadata = { title: "New password", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <LinkPage token={token} purpose="PASSWORD_RESET" />;
}

import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { accountName, pageTitle } from "@/components/shell/page-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const name = await accountName((await params).id);
  return name ? pageTitle({ text: name }, "shell.titles.accounts") : pageTitle("shell.titles.notFound");
}

/**
 * A missing account answers 404: checked here, before the segment's loading state starts the response (a page
 * that calls notFound() after that can only show the message under status 200).
 */
export default async function AccountLayout({ params, children }: Params & { children: ReactNode }) {
  if (!(await accountName((await params).id))) notFound();
  return children;
}

import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { accountName, pageTitle } from "@/components/shell/page-title";

type Params = { params: Promise<{ accountId: string }> };

export async function generateMetadata({ params }: Params) {
  const name = await accountName((await params).accountId);
  return name ? pageTitle({ text: name }, "shell.titles.assess", "shell.titles.scoring") : pageTitle("shell.titles.notFound");
}

/** Assessing a missing account answers 404, checked before the loading state starts the response. */
export default async function AssessLayout({ params, children }: Params & { children: ReactNode }) {
  if (!(await accountName((await params).accountId))) notFound();
  return children;
}

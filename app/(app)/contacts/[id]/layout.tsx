import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { contactName, pageTitle } from "@/components/shell/page-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const name = await contactName((await params).id);
  return name ? pageTitle({ text: name }, "shell.titles.contacts") : pageTitle("shell.titles.notFound");
}

/** A missing contact answers 404, checked before the loading state starts the response (see the account layout). */
export default async function ContactLayout({ params, children }: Params & { children: ReactNode }) {
  if (!(await contactName((await params).id))) notFound();
  return children;
}

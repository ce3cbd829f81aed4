import { notFound } from "next/navigation";
import { PlanPrintView } from "@/components/plan-document/plan-print-view";
import { accountName, pageTitle } from "@/components/shell/page-title";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadPlanDocument } from "@/lib/plan-document/queries";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const name = await accountName((await params).id);
  return name ? pageTitle("planDocument.print.open", { text: name }) : pageTitle("shell.titles.notFound");
}

/** The account plan as a printable document; printing hides the app's frame (see the view's print CSS). */
export default async function PlanPrintPage({ params }: Params) {
  await requireUser();
  const { id } = await params;
  const now = new Date();
  const doc = await loadPlanDocument(getDb(), id, now);
  if (!doc) notFound();
  return <PlanPrintView doc={doc} now={now} />;
}

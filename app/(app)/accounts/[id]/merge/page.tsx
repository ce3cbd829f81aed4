import { notFound } from "next/navigation";
import { MergeWizard } from "@/components/duplicates/merge-wizard";
import { accountName, pageTitle } from "@/components/shell/page-title";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { canEditAccount } from "@/lib/auth/account-access";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const name = await accountName((await params).id);
  return name ? pageTitle("duplicates.merge.pageTitle", { text: name }, "shell.titles.accounts") : pageTitle("shell.titles.notFound");
}

/** Merging this account with another (the other one found by name, or `?with=` from a duplicate warning). */
export default async function MergeAccountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ with?: string | string[] }> }) {
  const { id } = await params;
  const other = (await searchParams).with;
  const user = await requireUser();
  const { t } = await getI18n();
  const [name, canEdit] = await Promise.all([accountName(id), canEditAccount(getDb(), user, id)]);
  if (!name) notFound();
  if (!canEdit) return <Notice title={t("common.forbiddenTitle")} body={t("errors.accountForbidden")} href={`/accounts/${id}`} linkLabel={name} />;
  return (
    <>
      <PageHeader title={t("duplicates.merge.title", { name })} intro={t("duplicates.merge.intro")} />
      <MergeWizard account={{ id, name }} initialOtherId={typeof other === "string" && other !== id ? other : undefined} />
    </>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountForm } from "@/components/accounts/account-form";
import { AccountManage } from "@/components/accounts/account-manage";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getAccountForEdit } from "@/lib/accounts/queries";
import { canEditAccount } from "@/lib/auth/account-access";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { accountName, pageTitle } from "@/components/shell/page-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const name = await accountName((await params).id);
  return name ? pageTitle("shell.titles.editAccount", { text: name }, "shell.titles.accounts") : pageTitle("shell.titles.notFound");
}

export default async function EditAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { t } = await getI18n();
  const [account, canEdit] = await Promise.all([getAccountForEdit(id), canEditAccount(getDb(), user, id)]);
  if (!account) notFound();
  if (!canEdit) return <Notice title={t("common.forbiddenTitle")} body={t("errors.accountForbidden")} href={`/accounts/${id}`} linkLabel={account.name} />;

  const values = {
    name: account.name,
    localName: account.localName ?? "",
    industry: account.industry,
    region: account.region,
    country: account.country,
    size: account.size,
    annualRevenue: account.annualRevenue?.toString() ?? "",
    creditRating: account.creditRating ?? "",
    lifecyclePhase: account.lifecyclePhase,
    salesScenario: account.salesScenario ?? "",
    strategy: account.strategy ?? "",
    products: account.products ?? "",
    operatingStatus: account.operatingStatus ?? "",
    growthBottleneck: account.growthBottleneck ?? "",
    ownerId: account.ownerId,
  };
  const ref = { id: account.id, version: account.version };
  return (
    <>
      <PageHeader title={t("accounts.form.editTitle", { name: account.name })} intro={t("accounts.form.editIntro")} />
      {/* Keyed by version: after a save elsewhere the form starts again from the current state. */}
      <AccountForm key={account.version} values={values} parent={account.parent} account={ref} owner={null} />
      <AccountManage key={`manage-${account.version}`} account={{ ...ref, archived: account.archived, ownerId: account.ownerId }} owner={canManagePortfolio(user) ? account.owner : null} />
      <p className="mt-4 text-sm">
        <Link href={`/accounts/${account.id}/merge`} className="text-brand-700 underline">{t("duplicates.merge.link")}</Link>
      </p>
    </>
  );
}

import Link from "next/link";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export default async function ImportPage() {
  const user = await requireUser();
  const { t } = await getI18n();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/accounts" className="text-brand-600 hover:underline">← {t("pages.accounts")}</Link>
      </nav>
      <PageHeader title={t("csvImport.title")} intro={t("csvImport.intro")} />
      <ImportWizard canSetOwner={canManagePortfolio(user)} />
    </>
  );
}

import Link from "next/link";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { isImportKind } from "@/lib/csv-import/report";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.importAccounts", "shell.titles.accounts");

/** `?kind=accounts|contacts|orders` preselects what the file holds: the list the page was opened from. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { kind } = await searchParams;
  const { t } = await getI18n();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/accounts" className="text-brand-600 hover:underline">← {t("pages.accounts")}</Link>
      </nav>
      <PageHeader title={t("csvImport.title")} intro={t("csvImport.intro")} />
      <ImportWizard canSetOwner={canManagePortfolio(user)} initialKind={isImportKind(kind) ? kind : "accounts"} />
    </>
  );
}

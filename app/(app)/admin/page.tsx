import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { getI18n } from "@/lib/i18n/server";

export default async function AdminPage() {
  const user = await requireUser();
  const { t } = await getI18n();
  if (!isAdmin(user)) {
    return <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
  }
  const matrix = await loadActiveModel(getDb(), "MATRIX");
  return (
    <>
      <PageHeader title={t("pages.admin")} intro={t("pages.adminIntro")} />
      <ul className="grid gap-4 md:grid-cols-2">
        <li>
          <Link href="/admin/scoring" className="block rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-500 focus:border-brand-500">
            <span className="text-lg font-semibold text-brand-700">{t("admin.home.scoringModels")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("admin.home.scoringModelsBody")}</span>
            {matrix && <span className="mt-2 block text-xs text-slate-500">{t("admin.home.active", { version: matrix.version })}</span>}
          </Link>
        </li>
      </ul>
    </>
  );
}

import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("common.notFoundBody")}</p>
      <Link href="/dashboard" className="mt-6 inline-block text-brand-600 underline">
        {t("common.backToDashboard")}
      </Link>
    </main>
  );
}

import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <p role="status" className="animate-pulse p-6 text-sm text-slate-500">
      {t("common.loading")}
    </p>
  );
}

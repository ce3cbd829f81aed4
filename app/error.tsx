"use client";

import { useI18n } from "@/lib/i18n/client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main className="mx-auto max-w-lg p-10 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("common.errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("common.errorBody")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t("common.retry")}
      </button>
    </main>
  );
}

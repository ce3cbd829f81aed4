"use client";

import Link from "next/link";
import type { ImportKind, ImportOutcome } from "@/lib/csv-import/report";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";

export function ImportResult({ kind, outcome }: { kind: ImportKind; outcome: ImportOutcome }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(locale, value);
  return (
    <section className="mt-6 rounded-lg border border-green-200 bg-green-50 p-4" role="status" aria-labelledby="import-result-title">
      <h2 id="import-result-title" className="font-semibold text-green-900">{t("csvImport.result.title")}</h2>
      <p className="mt-1 text-sm text-green-900" data-testid="import-outcome">
        {t("csvImport.result.body", { created: n(outcome.created), updated: n(outcome.updated), unchanged: n(outcome.unchanged) })}
      </p>
      <Link href={kind === "contacts" ? "/contacts" : "/accounts"} className="mt-3 inline-block text-sm text-brand-600 underline">
        {kind === "contacts" ? t("csvImport.result.openContacts") : t("csvImport.result.openAccounts")}
      </Link>
    </section>
  );
}

"use client";

import dynamic from "next/dynamic";
import { useI18n } from "@/lib/i18n/client";

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">
      {t("api.docs.loading")}
    </p>
  );
}

/** Scalar is large and runs in the browser only: it is fetched when this page opens, never with other pages. */
const Scalar = dynamic(() => import("./scalar-reference"), { ssr: false, loading: () => <Loading /> });

export function ApiReference({ url }: { url: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="api-reference">
      <Scalar url={url} />
    </div>
  );
}

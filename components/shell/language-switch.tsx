"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/preferences/actions";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    if (next === locale) return;
    startTransition(async () => {
      await setLocaleAction(next);
      router.refresh();
    });
  }

  return (
    <div role="group" aria-label={t("userMenu.language")} className="inline-flex rounded-md border border-slate-300 bg-white text-sm" aria-busy={pending}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code === "zh" ? "zh-CN" : "en"}
          aria-pressed={code === locale}
          onClick={() => choose(code)}
          className={`px-3 py-1 first:rounded-l-md last:rounded-r-md ${code === locale ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
        >
          {t(`languages.${code}`)}
        </button>
      ))}
    </div>
  );
}

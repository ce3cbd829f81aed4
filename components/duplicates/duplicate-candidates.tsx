"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DuplicateCandidate } from "@/lib/duplicates/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatPercent } from "@/lib/i18n/format";

/**
 * The existing accounts a new one may duplicate, with "Create anyway" and "Back to the form". Focus moves to the
 * panel when it appears so keyboard and screen-reader users land on the question; the links open in a new tab,
 * so the filled-in form is not lost.
 */
export function DuplicateCandidates({
  candidates,
  pending,
  onConfirm,
  onDismiss,
}: {
  candidates: DuplicateCandidate[];
  pending: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const exact = candidates.some((c) => c.match === "exact");

  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="duplicates-title" data-testid="duplicate-candidates" className="rounded-lg border border-amber-300 bg-amber-50 p-4 outline-none focus-visible:ring-2 focus-visible:ring-amber-500">
      <h2 id="duplicates-title" className="text-sm font-semibold text-amber-900">{t(exact ? "duplicates.create.titleExact" : "duplicates.create.title")}</h2>
      <p className="mt-1 text-sm text-amber-900">{t("duplicates.create.intro")}</p>
      <ul className="mt-3 space-y-2">
        {candidates.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 text-sm">
            <Link href={`/accounts/${c.id}`} target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
              {c.name}
              {c.localName && <span className="ml-1 text-slate-600">({c.localName})</span>}
              <span className="sr-only"> {t("duplicates.create.newTab")}</span>
            </Link>
            <span className="text-slate-600">{t("duplicates.create.owner", { owner: c.ownerName })}</span>
            <Badge tone={c.match === "exact" ? "red" : "amber"}>
              {c.match === "exact" ? t("duplicates.match.exact") : t("duplicates.match.close", { score: formatPercent(locale, c.score) })}
            </Badge>
            {c.archived && <Badge>{t("duplicates.archived")}</Badge>}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm font-medium text-amber-900">{t("duplicates.create.question")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onDismiss} disabled={pending}>{t("duplicates.create.back")}</Button>
        <Button onClick={onConfirm} disabled={pending}>{t("duplicates.create.anyway")}</Button>
      </div>
    </div>
  );
}

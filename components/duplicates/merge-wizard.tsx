"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError } from "@/components/ui/use-action-runner";
import { mergeAccountsAction, previewMergeAction, searchMergeTargetsAction } from "@/lib/duplicates/actions";
import type { MergePreview } from "@/lib/duplicates/merge";
import { MERGE_PARTS, type MergePart } from "@/lib/duplicates/schemas";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/translate";

type Match = { id: string; name: string; localName: string | null; archived: boolean; owner: { name: string } };
type Preview = MergePreview & { allowed: boolean };


/**
 * Merging the account into another or another into it: find the other account by name, choose which one
 * survives, look at what each holds (and the order numbers both have), confirm in a dialog. The other account
 * is archived, not deleted.
 */
export function MergeWizard({ account, initialOtherId }: { account: { id: string; name: string }; initialOtherId?: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [otherId, setOtherId] = useState<string | null>(initialOtherId ?? null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [survivorId, setSurvivorId] = useState(account.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchMergeTargetsAction({ q, excludeId: account.id });
      if (!stale) setMatches(result.ok ? result.data : []);
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, account.id]);

  useEffect(() => {
    if (!otherId) return;
    let stale = false;
    previewMergeAction({ accountId: account.id, otherId }).then((result) => {
      if (stale) return;
      if (result.ok) {
        setPreview(result.data);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [otherId, account.id]);

  const sides = preview?.accounts ?? null;
  const survivor = sides?.find((s) => s.id === survivorId) ?? null;
  const merged = sides?.find((s) => s.id !== survivorId) ?? null;

  function merge() {
    if (!survivor || !merged) return;
    startTransition(async () => {
      const result = await mergeAccountsAction({ survivorId: survivor.id, survivorVersion: survivor.version, mergedId: merged.id, mergedVersion: merged.version });
      if (!result.ok) {
        setConfirming(false);
        setError(result.error);
        return;
      }
      router.push(`/accounts/${result.data.survivorId}`);
      router.refresh();
    });
  }

  const n = (v: number) => formatNumber(locale, v);
  type Row = { part: MergePart };
  const columns: Column<Row>[] = [
    { key: "part", header: t("duplicates.merge.what"), rowHeader: true, cell: (row) => t(`duplicates.parts.${row.part}` as MessageKey) },
    ...(sides ?? []).map((side): Column<Row> => ({ key: side.id, header: side.name, align: "right", cell: (row) => n(side.counts[row.part]) })),
  ];

  return (
    <div className="space-y-5">
      <ActionError message={error} />
      {!otherId && (
        <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="merge-find">
          <h2 id="merge-find" className="text-sm font-semibold">{t("duplicates.merge.findTitle")}</h2>
          <label className="mt-2 block text-sm">
            <span className="font-medium text-slate-700">{t("duplicates.merge.search")}</span>
            <input type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} data-testid="merge-search" />
          </label>
          {query.trim() && matches && (
            <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={t("duplicates.merge.results")}>
              {matches.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t("duplicates.merge.noMatch")}</li>}
              {matches.map((m) => (
                <li key={m.id}>
                  <button type="button" onClick={() => setOtherId(m.id)} className="flex w-full flex-wrap items-center gap-2 px-3 py-2 text-left text-sm hover:bg-brand-50 focus:bg-brand-50">
                    <span className="font-medium">{m.name}</span>
                    {m.localName && <span className="text-slate-600">{m.localName}</span>}
                    <span className="text-xs text-slate-500">{m.owner.name}</span>
                    {m.archived && <Badge>{t("duplicates.archived")}</Badge>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {otherId && !preview && !error && <p role="status" className="text-sm text-slate-500">{t("duplicates.merge.loading")}</p>}

      {preview && sides && survivor && merged && (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="merge-preview">
          <h2 id="merge-preview" className="text-sm font-semibold">{t("duplicates.merge.previewTitle")}</h2>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t("duplicates.merge.survivor")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {sides.map((side) => (
                <label key={side.id} className={`flex cursor-pointer items-start gap-2 rounded-md border p-3 text-sm ${side.id === survivorId ? "border-brand-500 bg-brand-50" : "border-slate-200"}`}>
                  <input type="radio" name="survivor" value={side.id} checked={side.id === survivorId} onChange={() => setSurvivorId(side.id)} className="mt-0.5" />
                  <span>
                    <span className="block font-medium">{side.name}</span>
                    {side.localName && <span className="block text-slate-600">{side.localName}</span>}
                    <span className="block text-xs text-slate-500">{t("duplicates.create.owner", { owner: side.ownerName })}</span>
                    {side.archived && <Badge>{t("duplicates.archived")}</Badge>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <DataTable variant="plain" columns={columns} rows={MERGE_PARTS.map((part) => ({ part }))} rowKey={(row) => row.part} caption={t("duplicates.merge.countsCaption")} testId="merge-counts" />
          <p className="text-sm text-slate-700">{t("duplicates.merge.explain", { survivor: survivor.name, merged: merged.name })}</p>
          {preview.conflictingOrderRefs.length > 0 && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("duplicates.merge.orderConflicts", { count: preview.conflictingOrderRefs.length, refs: preview.conflictingOrderRefs.slice(0, 10).join(", ") })}
            </p>
          )}
          {!preview.allowed && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{t("duplicates.merge.notAllowed")}</p>}
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={!preview.allowed || pending || survivor.archived} onClick={() => setConfirming(true)}>{t("duplicates.merge.mergeButton")}</Button>
            <Button variant="secondary" onClick={() => { setOtherId(null); setPreview(null); setSurvivorId(account.id); }}>{t("duplicates.merge.other")}</Button>
            <Link href={`/accounts/${account.id}`} className={buttonClass("ghost")}>{t("duplicates.merge.cancel")}</Link>
          </div>
          {survivor.archived && <p className="text-sm text-amber-800">{t("duplicates.merge.survivorArchivedHint")}</p>}
        </section>
      )}

      {confirming && survivor && merged && (
        <ModalDialog title={t("duplicates.merge.confirmTitle")} onClose={() => setConfirming(false)}>
          <p className="mt-2 text-sm text-slate-700">{t("duplicates.merge.confirmBody", { survivor: survivor.name, merged: merged.name })}</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>{t("duplicates.merge.cancel")}</Button>
            <Button variant="danger" onClick={merge} disabled={pending}>{pending ? t("duplicates.merge.merging") : t("duplicates.merge.confirm")}</Button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}

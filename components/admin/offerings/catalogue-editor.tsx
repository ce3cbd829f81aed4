"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import {
  createOfferingAction,
  createProductLineAction,
  deleteOfferingAction,
  deleteProductLineAction,
  updateOfferingAction,
  updateProductLineAction,
} from "@/lib/offerings/actions";
import type { Catalogue } from "@/lib/offerings/queries";

type Line = Catalogue[number];
type LineDraft = { id?: string; nameEn: string; nameZh: string; position: string };
type OfferingDraft = { id?: string; productLineId: string; nameEn: string; nameZh: string; productCategories: string[]; active: boolean; position: string };

/** The offerings catalogue: product lines, each with its offerings; add, edit and delete in dialogs. */
export function CatalogueEditor({ catalogue, categories }: { catalogue: Catalogue; categories: string[] }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const [line, setLine] = useState<LineDraft | null>(null);
  const [offering, setOffering] = useState<OfferingDraft | null>(null);
  const name = (o: { nameEn: string; nameZh: string }) => (locale === "zh" ? `${o.nameZh} · ${o.nameEn}` : `${o.nameEn} · ${o.nameZh}`);
  const nextPosition = (items: { position: number }[]) => String(items.reduce((max, i) => Math.max(max, i.position + 1), 0));

  return (
    <div className="space-y-4">
      <ActionError message={runner.error} />
      <div>
        <Button onClick={() => setLine({ nameEn: "", nameZh: "", position: nextPosition(catalogue) })}>{t("whitespace.offerings.addLine")}</Button>
      </div>
      {catalogue.length === 0 && (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          <span className="block font-semibold">{t("whitespace.offerings.emptyTitle")}</span>
          {t("whitespace.offerings.emptyBody")}
        </p>
      )}
      {catalogue.map((l: Line) => (
        <section key={l.id} aria-labelledby={`line-${l.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="product-line">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`line-${l.id}`} className="text-base font-semibold">
              {name(l)} <span className="text-xs font-normal text-slate-500">#{l.position}</span>
            </h2>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" onClick={() => setOffering({ productLineId: l.id, nameEn: "", nameZh: "", productCategories: [], active: true, position: nextPosition(l.offerings) })}>
                {t("whitespace.offerings.addOffering")}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setLine({ id: l.id, nameEn: l.nameEn, nameZh: l.nameZh, position: String(l.position) })} aria-label={`${t("whitespace.offerings.editLine")}: ${l.nameEn}`}>
                {t("whitespace.offerings.edit")}
              </Button>
              <Button
                size="sm"
                variant="danger"
                disabled={runner.pending}
                aria-label={`${t("whitespace.offerings.deleteLine")}: ${l.nameEn}`}
                onClick={() => {
                  if (window.confirm(t("whitespace.offerings.confirmDeleteLine", { name: l.nameEn }))) runner.run(() => deleteProductLineAction({ productLineId: l.id }));
                }}
              >
                {t("whitespace.offerings.delete")}
              </Button>
            </div>
          </div>
          {l.offerings.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">{t("whitespace.offerings.lineEmpty")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {l.offerings.map((o) => (
                <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm" data-testid="offering">
                  <div>
                    <span className="font-medium">{name(o)}</span>
                    <span className="ml-2 text-xs text-slate-500">#{o.position}</span>
                    <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${o.active ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-600"}`}>
                      {t(o.active ? "whitespace.offerings.active" : "whitespace.offerings.inactive")}
                    </span>
                    <span className="block text-xs text-slate-600">
                      {o.productCategories.length ? o.productCategories.join(", ") : t("whitespace.offerings.noCategories")} · {t("whitespace.offerings.cells", { count: o._count.cells })}
                    </span>
                  </div>
                  <div className="flex gap-2">
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={`${t("whitespace.offerings.editOffering")}: ${o.nameEn}`}
                      onClick={() => setOffering({ id: o.id, productLineId: l.id, nameEn: o.nameEn, nameZh: o.nameZh, productCategories: o.productCategories, active: o.active, position: String(o.position) })}
                    >
                      {t("whitespace.offerings.edit")}
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      disabled={runner.pending}
                      aria-label={`${t("whitespace.offerings.deleteOffering")}: ${o.nameEn}`}
                      onClick={() => {
                        if (window.confirm(t("whitespace.offerings.confirmDeleteOffering", { name: o.nameEn, count: o._count.cells }))) runner.run(() => deleteOfferingAction({ offeringId: o.id }));
                      }}
                    >
                      {t("whitespace.offerings.delete")}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {line && <LineDialog draft={line} onClose={() => setLine(null)} />}
      {offering && <OfferingDialog draft={offering} lines={catalogue} categories={categories} onClose={() => setOffering(null)} />}
    </div>
  );
}

function LineDialog({ draft, onClose }: { draft: LineDraft; onClose: () => void }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [values, setValues] = useState(draft);
  const err = runner.fieldErrors;
  const set = (key: keyof LineDraft) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  return (
    <ModalDialog title={t(draft.id ? "whitespace.offerings.editLine" : "whitespace.offerings.addLine")} onClose={onClose}>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const input = { nameEn: values.nameEn, nameZh: values.nameZh, position: values.position };
          if (draft.id) runner.run(() => updateProductLineAction({ ...input, productLineId: draft.id! }), onClose);
          else runner.run(() => createProductLineAction(input), onClose);
        }}
      >
        <ActionError message={runner.error} />
        <Field label={t("whitespace.offerings.nameEn")} name="line-en" error={err.nameEn}>
          <TextInput name="line-en" value={values.nameEn} onChange={set("nameEn")} error={err.nameEn} maxLength={100} required />
        </Field>
        <Field label={t("whitespace.offerings.nameZh")} name="line-zh" error={err.nameZh}>
          <TextInput name="line-zh" value={values.nameZh} onChange={set("nameZh")} error={err.nameZh} maxLength={100} required />
        </Field>
        <Field label={t("whitespace.offerings.position")} name="line-position" error={err.position} hint={t("whitespace.offerings.positionHint")}>
          <TextInput name="line-position" type="number" min={0} value={values.position} onChange={set("position")} error={err.position} />
        </Field>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>{t("whitespace.offerings.cancel")}</Button>
          <Button type="submit" disabled={runner.pending}>{t("whitespace.offerings.save")}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}

function OfferingDialog({ draft, lines, categories, onClose }: { draft: OfferingDraft; lines: Catalogue; categories: string[]; onClose: () => void }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const [values, setValues] = useState(draft);
  const err = runner.fieldErrors;
  const set = (key: "nameEn" | "nameZh" | "position" | "productLineId") => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  // Categories already mapped but no longer on any order stay listed, so saving does not drop them silently.
  const options = [...new Set([...categories, ...draft.productCategories])].sort();
  const toggle = (category: string, on: boolean) =>
    setValues((v) => ({ ...v, productCategories: on ? [...v.productCategories, category] : v.productCategories.filter((c) => c !== category) }));
  return (
    <ModalDialog title={t(draft.id ? "whitespace.offerings.editOffering" : "whitespace.offerings.addOffering")} onClose={onClose}>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const { id, ...input } = values;
          if (id) runner.run(() => updateOfferingAction({ ...input, offeringId: id }), onClose);
          else runner.run(() => createOfferingAction(input), onClose);
        }}
      >
        <ActionError message={runner.error} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("whitespace.offerings.nameEn")} name="offering-en" error={err.nameEn}>
            <TextInput name="offering-en" value={values.nameEn} onChange={set("nameEn")} error={err.nameEn} maxLength={100} required />
          </Field>
          <Field label={t("whitespace.offerings.nameZh")} name="offering-zh" error={err.nameZh}>
            <TextInput name="offering-zh" value={values.nameZh} onChange={set("nameZh")} error={err.nameZh} maxLength={100} required />
          </Field>
          <Field label={t("whitespace.offerings.title")} name="offering-line" error={err.productLineId}>
            <Select name="offering-line" value={values.productLineId} onChange={set("productLineId")} error={err.productLineId} options={lines.map((l) => ({ value: l.id, label: locale === "zh" ? l.nameZh : l.nameEn }))} />
          </Field>
          <Field label={t("whitespace.offerings.position")} name="offering-position" error={err.position} hint={t("whitespace.offerings.positionHint")}>
            <TextInput name="offering-position" type="number" min={0} value={values.position} onChange={set("position")} error={err.position} />
          </Field>
        </div>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-700">{t("whitespace.offerings.categories")}</legend>
          <p className="text-xs text-slate-500">{t("whitespace.offerings.categoriesHint")}</p>
          {options.length === 0 ? (
            <p className="mt-1 text-xs text-slate-500">{t("whitespace.offerings.noOrderCategories")}</p>
          ) : (
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {options.map((category) => (
                <label key={category} className="flex items-center gap-2">
                  <input type="checkbox" checked={values.productCategories.includes(category)} onChange={(e) => toggle(category, e.target.checked)} />
                  {category}
                </label>
              ))}
            </div>
          )}
          {err.productCategories && <p className="mt-1 text-xs text-red-600">{err.productCategories}</p>}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={values.active} onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))} />
          {t("whitespace.offerings.active")}
        </label>
        <p className="text-xs text-slate-500">{t("whitespace.offerings.activeHint")}</p>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>{t("whitespace.offerings.cancel")}</Button>
          <Button type="submit" disabled={runner.pending}>{t("whitespace.offerings.save")}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}

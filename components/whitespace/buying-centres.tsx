"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { addBuyingCentreAction, removeBuyingCentreAction, updateBuyingCentreAction } from "@/lib/whitespace-map/actions";

type Centre = { id: string; name: string; note: string | null; cells: number; orders: number };

/** The account's buying centres: add, rename (with a note) and remove after a confirmation naming what goes. */
export function BuyingCentres({ accountId, centres, canEdit }: { accountId: string; centres: Centre[]; canEdit: boolean }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [name, setName] = useState("");
  const [editing, setEditing] = useState<{ id: string; name: string; note: string } | null>(null);

  return (
    <div className="space-y-3">
      <ActionError message={runner.error} />
      {centres.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {centres.map((centre) => (
            <li key={centre.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              {editing?.id === centre.id ? (
                <form
                  className="flex flex-1 flex-wrap items-end gap-2"
                  onSubmit={(event) => {
                    event.preventDefault();
                    runner.run(() => updateBuyingCentreAction({ accountId, buyingCentreId: centre.id, name: editing.name, note: editing.note }), () => setEditing(null));
                  }}
                >
                  <div className="min-w-40 flex-1">
                    <Field label={t("whitespace.centres.name")} name={`centre-name-${centre.id}`} error={runner.fieldErrors.name}>
                      <TextInput name={`centre-name-${centre.id}`} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} error={runner.fieldErrors.name} maxLength={100} />
                    </Field>
                  </div>
                  <div className="min-w-40 flex-1">
                    <Field label={t("whitespace.centres.note")} name={`centre-note-${centre.id}`} error={runner.fieldErrors.note}>
                      <TextInput name={`centre-note-${centre.id}`} value={editing.note} onChange={(e) => setEditing({ ...editing, note: e.target.value })} error={runner.fieldErrors.note} maxLength={500} />
                    </Field>
                  </div>
                  <Button type="submit" size="sm" disabled={runner.pending}>{t("whitespace.centres.save")}</Button>
                  <Button variant="secondary" size="sm" onClick={() => setEditing(null)}>{t("whitespace.centres.cancel")}</Button>
                </form>
              ) : (
                <>
                  <div>
                    <span className="font-medium">{centre.name}</span>
                    {centre.note && <span className="ml-2 text-slate-500">{centre.note}</span>}
                    <span className="block text-xs text-slate-500">{t("whitespace.centres.summary", { cells: centre.cells, orders: centre.orders })}</span>
                  </div>
                  {canEdit && (
                    <div className="flex gap-2">
                      <Button variant="secondary" size="sm" onClick={() => { runner.reset(); setEditing({ id: centre.id, name: centre.name, note: centre.note ?? "" }); }}>
                        {t("whitespace.centres.rename")}
                      </Button>
                      <Button
                        variant="danger"
                        size="sm"
                        disabled={runner.pending}
                        onClick={() => {
                          if (window.confirm(t("whitespace.centres.confirmRemove", { name: centre.name, cells: centre.cells, orders: centre.orders }))) {
                            runner.run(() => removeBuyingCentreAction({ accountId, buyingCentreId: centre.id }));
                          }
                        }}
                      >
                        {t("whitespace.centres.remove")}
                      </Button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            runner.run(() => addBuyingCentreAction({ accountId, name, note: null }), () => setName(""));
          }}
        >
          <div className="min-w-48 flex-1">
            <Field label={t("whitespace.centres.name")} name="new-centre" error={editing ? undefined : runner.fieldErrors.name}>
              <TextInput name="new-centre" value={name} onChange={(e) => setName(e.target.value)} error={editing ? undefined : runner.fieldErrors.name} maxLength={100} />
            </Field>
          </div>
          <Button type="submit" disabled={runner.pending}>{t("whitespace.centres.add")}</Button>
        </form>
      )}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { archiveAccountAction, reassignOwnerAction, restoreAccountAction } from "@/lib/accounts/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PersonPicker } from "@/components/ui/person-picker";
import type { ActionResult } from "@/lib/server/result";
import { useI18n } from "@/lib/i18n/client";

type Props = {
  account: { id: string; version: number; archived: boolean; ownerId: string };
  /** The current owner, whom directors and admins can replace; null for managers. */
  owner: { id: string; name: string } | null;
};

/** Archive / restore (no hard delete) and, for directors and admins, reassigning the owner. */
export function AccountManage({ account, owner }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(action: () => Promise<ActionResult<unknown>>) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: t("accounts.manage.done") } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  }
  const ref = { id: account.id, version: account.version };
  const onReassign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ownerId = String(new FormData(event.currentTarget).get("ownerId") ?? "");
    run(() => reassignOwnerAction({ ...ref, ownerId }));
  };

  return (
    <section className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="manage-title">
      <h2 id="manage-title" className="text-sm font-semibold text-slate-700">{t("accounts.manage.title")}</h2>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${message.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
          {message.text}
        </p>
      )}
      <div>
        {account.archived && <p className="mb-2 text-sm font-medium text-amber-800">{t("accounts.manage.archivedNotice")}</p>}
        <p className="mb-2 text-sm text-slate-600">{t("accounts.manage.archiveIntro")}</p>
        {account.archived ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => restoreAccountAction(ref))}>{t("accounts.manage.restore")}</Button>
        ) : (
          <Button variant="danger" disabled={pending} onClick={() => run(() => archiveAccountAction(ref))}>{t("accounts.manage.archive")}</Button>
        )}
      </div>
      {owner && (
        <form onSubmit={onReassign} className="flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <Field label={t("accounts.manage.reassignTitle")} name="ownerId">
              <PersonPicker id="ownerId" name="ownerId" among="active" initial={{ value: owner.id, label: owner.name }} required />
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>{t("accounts.manage.reassign")}</Button>
        </form>
      )}
    </section>
  );
}

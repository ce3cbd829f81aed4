"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { createApiKeyAction, revokeApiKeyAction, type CreatedApiKey } from "@/lib/api-keys/actions";
import type { ApiKeyStatus, KeyUserChoice } from "@/lib/api-keys/queries";
import { ZCreateApiKey } from "@/lib/api-keys/schemas";
import { API_RESOURCES, isWritable, scopesOf, type ApiResource, type ResourceAccess } from "@/lib/api-keys/scopes";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { fieldErrors } from "@/lib/validation/field-errors";

export type ApiKeyListRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  user: { id: string; name: string; email: string };
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  status: ApiKeyStatus;
};

const STATUS_TONE: Record<ApiKeyStatus, BadgeTone> = { active: "green", expired: "amber", revoked: "neutral" };

/** The keys, "New key" (the secret is shown once, in the same dialog) and revoking with a confirmation. */
export function ApiKeysManager({ rows, users }: { rows: ApiKeyListRow[]; users: KeyUserChoice[] }) {
  const { t, locale } = useI18n();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyListRow | null>(null);
  const date = (value: string | null, fallback: string) => (value ? formatDate(locale, value, true) : <span className="text-slate-400">{fallback}</span>);

  return (
    <>
      <div className="mb-4 flex justify-end">
        <Button onClick={() => setCreating(true)}>{t("api.keys.newKey")}</Button>
      </div>
      <DataTable
        caption={t("api.keys.caption")}
        rows={rows}
        rowKey={(row) => row.id}
        rowTestId={(row) => `api-key-${row.prefix}`}
        empty={{ title: t("api.keys.empty"), hint: t("api.keys.emptyHint") }}
        columns={[
          { key: "name", header: t("api.keys.columns.name"), rowHeader: true, cell: (row) => <span className="font-medium">{row.name}</span> },
          { key: "prefix", header: t("api.keys.columns.prefix"), cell: (row) => <code className="text-xs">kam_{row.prefix}_…</code> },
          {
            key: "user",
            header: t("api.keys.columns.user"),
            cell: (row) => (
              <span title={row.user.email}>
                {row.user.name}
              </span>
            ),
          },
          {
            key: "scopes",
            header: t("api.keys.columns.scopes"),
            hideBelow: "lg",
            className: "max-w-xs",
            cell: (row) => <span className="text-xs text-slate-600">{row.scopes.join(", ")}</span>,
          },
          { key: "lastUsed", header: t("api.keys.columns.lastUsed"), hideBelow: "md", cell: (row) => date(row.lastUsedAt, t("api.keys.never")) },
          { key: "expires", header: t("api.keys.columns.expires"), hideBelow: "md", cell: (row) => date(row.expiresAt, t("api.keys.noExpiry")) },
          { key: "status", header: t("api.keys.columns.status"), cell: (row) => <Badge tone={STATUS_TONE[row.status]}>{t(`api.keys.status.${row.status}`)}</Badge> },
          {
            key: "actions",
            header: <span className="sr-only">{t("api.keys.columns.actions")}</span>,
            align: "right",
            cell: (row) =>
              row.status === "active" ? (
                <Button size="sm" variant="secondary" onClick={() => setRevoking(row)} aria-label={`${t("api.keys.revoke")}: ${row.name}`}>
                  {t("api.keys.revoke")}
                </Button>
              ) : null,
          },
        ]}
      />
      {creating && <CreateKeyDialog users={users} onClose={() => setCreating(false)} />}
      {revoking && <RevokeDialog row={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function CreateKeyDialog({ users, onClose }: { users: KeyUserChoice[]; onClose: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [access, setAccess] = useState<Partial<Record<ApiResource, ResourceAccess>>>({});
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), userId: String(form.get("userId") ?? ""), scopes: scopesOf(access), expiresOn: String(form.get("expiresOn") ?? "") };
    const parsed = ZCreateApiKey.safeParse(input);
    if (!parsed.success) {
      runner.setFieldErrors(fieldErrors(parsed.error, t));
      return;
    }
    runner.run(() => createApiKeyAction(input), (key) => {
      setCreated(key);
      router.refresh();
    });
  }

  if (created) return <SecretOnce created={created} onClose={onClose} />;
  const errors = runner.fieldErrors;
  return (
    <ModalDialog title={t("api.keys.createTitle")} onClose={onClose}>
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <Field label={t("api.keys.name")} name="name" error={errors.name} hint={t("api.keys.nameHint")}>
          <TextInput name="name" maxLength={100} error={errors.name} autoComplete="off" />
        </Field>
        <Field label={t("api.keys.user")} name="userId" error={errors.userId} hint={t("api.keys.userHint")}>
          <Select
            name="userId"
            error={errors.userId}
            placeholder={t("api.keys.userPlaceholder")}
            options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.email}, ${t(`roles.${u.role}`)})` }))}
          />
        </Field>
        <Field label={t("api.keys.expiresOn")} name="expiresOn" error={errors.expiresOn} hint={t("api.keys.expiresHint")}>
          <TextInput name="expiresOn" type="date" error={errors.expiresOn} />
        </Field>
        <fieldset aria-describedby={errors.scopes ? "scopes-error" : "scopes-hint"}>
          <legend className="text-sm font-medium text-slate-700">{t("api.keys.scopes")}</legend>
          <p id="scopes-hint" className="text-xs text-slate-500">{t("api.keys.scopesHint")}</p>
          <div className="mt-2 max-h-72 space-y-1 overflow-y-auto">
            {API_RESOURCES.map((resource) => {
              const id = `access-${resource}`;
              return (
                <div key={resource} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <label htmlFor={id}>{t(`api.keys.resources.${resource}`)}</label>
                  <select
                    id={id}
                    className={`${inputClass} mt-0 w-40`}
                    value={access[resource] ?? "none"}
                    onChange={(event) => setAccess((current) => ({ ...current, [resource]: event.target.value as ResourceAccess }))}
                  >
                    <option value="none">{t("api.keys.access.none")}</option>
                    <option value="read">{t("api.keys.access.read")}</option>
                    {isWritable(resource) && <option value="write">{t("api.keys.access.write")}</option>}
                  </select>
                </div>
              );
            })}
          </div>
          {errors.scopes && (
            <p id="scopes-error" className="mt-1 text-xs text-red-600">
              {errors.scopes}
            </p>
          )}
        </fieldset>
        <ActionError message={runner.error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>{t("api.keys.cancel")}</Button>
          <Button type="submit" disabled={runner.pending}>{runner.pending ? t("api.keys.creating") : t("api.keys.create")}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The secret, once: it is not stored readably, so closing the dialog loses it. */
function SecretOnce({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  const { t } = useI18n();
  const labels = { field: t("api.keys.secretLabel"), copy: t("api.keys.copy"), copied: t("api.keys.copied"), failed: t("api.keys.copyFailed") };
  return (
    <ModalDialog title={t("api.keys.secretTitle")} onClose={onClose}>
      <p className="mt-2 text-sm text-slate-700">{t("api.keys.secretBody")}</p>
      <CopyField id="api-key-secret" value={created.token} labels={labels} testId="api-key-secret" />
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose}>{t("api.keys.done")}</Button>
      </div>
    </ModalDialog>
  );
}

function RevokeDialog({ row, onClose }: { row: ApiKeyListRow; onClose: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  return (
    <ModalDialog title={t("api.keys.revokeTitle", { name: row.name })} onClose={onClose}>
      <p className="mt-2 text-sm text-slate-700">{t("api.keys.revokeBody")}</p>
      <ActionError message={runner.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>{t("api.keys.cancel")}</Button>
        <Button
          variant="danger"
          disabled={runner.pending}
          onClick={() => runner.run(() => revokeApiKeyAction({ id: row.id }), () => {
            router.refresh();
            onClose();
          })}
        >
          {t("api.keys.revokeConfirm")}
        </Button>
      </div>
    </ModalDialog>
  );
}

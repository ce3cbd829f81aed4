"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import {
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEndpointActiveAction,
} from "@/lib/webhooks/actions";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { EndpointForm } from "./endpoint-form";
import { SecretBox } from "./secret-box";

type Endpoint = { id: string; url: string; description: string | null; events: WebhookEvent[]; active: boolean };

/** Test, pause or resume, edit, rotate the secret (confirmed) and delete (confirmed) one endpoint. */
export function EndpointControls({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<"rotate" | "delete" | null>(null);

  const start = () => {
    setMessage(null);
    setSecret(null);
  };

  function sendTest() {
    start();
    runner.run(
      () => sendTestWebhookAction({ id: endpoint.id }),
      () => {
        setMessage(t("webhooks.detail.testQueued"));
        router.refresh();
      },
    );
  }

  function setActive(active: boolean) {
    start();
    runner.run(
      () => setWebhookEndpointActiveAction({ id: endpoint.id, active }),
      () => {
        setMessage(t(active ? "webhooks.detail.resumedDone" : "webhooks.detail.pausedDone"));
        router.refresh();
      },
    );
  }

  function rotate() {
    start();
    runner.run(
      () => rotateWebhookSecretAction({ id: endpoint.id }),
      (data) => {
        setConfirm(null);
        setSecret(data.secret);
      },
    );
  }

  function remove() {
    start();
    runner.run(
      () => deleteWebhookEndpointAction({ id: endpoint.id }),
      () => {
        setConfirm(null);
        router.push("/admin/webhooks");
        router.refresh();
      },
    );
  }

  if (editing) {
    return <EndpointForm existing={endpoint} onDone={() => setEditing(false)} />;
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={sendTest} disabled={runner.pending || !endpoint.active}>
          {runner.pending ? t("webhooks.detail.testing") : t("webhooks.detail.test")}
        </Button>
        {endpoint.active ? (
          <Button size="sm" variant="secondary" onClick={() => setActive(false)} disabled={runner.pending}>
            {t("webhooks.detail.pause")}
          </Button>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => setActive(true)} disabled={runner.pending}>
            {t("webhooks.detail.resume")}
          </Button>
        )}
        <Button size="sm" variant="secondary" onClick={() => setEditing(true)} disabled={runner.pending}>
          {t("webhooks.form.edit")}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setConfirm("rotate")} disabled={runner.pending}>
          {t("webhooks.secret.rotate")}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setConfirm("delete")} disabled={runner.pending}>
          {t("webhooks.detail.delete")}
        </Button>
      </div>
      {!confirm && <ActionError message={runner.error} />}
      <p role="status" className="text-sm text-green-700">
        {message}
      </p>
      {secret && <SecretBox secret={secret} onDone={() => setSecret(null)} />}
      {confirm === "rotate" && (
        <ModalDialog title={t("webhooks.secret.rotateTitle")} onClose={() => setConfirm(null)}>
          <p className="mt-2 text-sm text-slate-600">{t("webhooks.secret.rotateBody")}</p>
          <div className="mt-3">
            <ActionError message={runner.error} />
          </div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirm(null)} disabled={runner.pending}>
              {t("webhooks.form.cancel")}
            </Button>
            <Button onClick={rotate} disabled={runner.pending}>
              {runner.pending ? t("webhooks.secret.rotating") : t("webhooks.secret.rotate")}
            </Button>
          </div>
        </ModalDialog>
      )}
      {confirm === "delete" && (
        <ModalDialog title={t("webhooks.detail.deleteTitle")} onClose={() => setConfirm(null)}>
          <p className="mt-2 break-words text-sm text-slate-600">{t("webhooks.detail.deleteBody", { url: endpoint.url })}</p>
          <div className="mt-3">
            <ActionError message={runner.error} />
          </div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirm(null)} disabled={runner.pending}>
              {t("webhooks.form.cancel")}
            </Button>
            <Button variant="danger" onClick={remove} disabled={runner.pending}>
              {runner.pending ? t("webhooks.detail.deleting") : t("webhooks.detail.deleteConfirm")}
            </Button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { deactivateUserAction, issuePasswordLinkAction, reactivateUserAction, type LinkHandout } from "@/lib/users/actions";
import { OneTimeLink } from "./one-time-link";

type Target = { id: string; name: string; email: string; active: boolean; hasPassword: boolean; isViewer: boolean };

/** Deactivate or reactivate (with a confirmation), and make a new invitation or password-reset link. */
export function AccessControls({ user }: { user: Target }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [message, setMessage] = useState<string | null>(null);
  const [handout, setHandout] = useState<LinkHandout | null>(null);

  function deactivate() {
    if (!window.confirm(t("users.detail.deactivateConfirm", { name: user.name }))) return;
    setMessage(null);
    setHandout(null);
    runner.run(
      () => deactivateUserAction({ userId: user.id }),
      () => {
        setMessage(t("users.detail.deactivated", { name: user.name }));
        router.refresh();
      },
    );
  }

  function reactivate() {
    setMessage(null);
    runner.run(
      () => reactivateUserAction({ userId: user.id }),
      () => {
        setMessage(t("users.detail.reactivated", { name: user.name }));
        router.refresh();
      },
    );
  }

  function issueLink() {
    if (user.hasPassword && !window.confirm(t("users.detail.issueResetConfirm", { name: user.name }))) return;
    setMessage(null);
    runner.run(
      () => issuePasswordLinkAction({ userId: user.id }),
      (data) => {
        setHandout(data);
        router.refresh();
      },
    );
  }

  return (
    <div className="space-y-4">
      <ActionError message={runner.error} />
      <p role="status" className="text-sm text-green-700">{message}</p>
      {user.active ? (
        <>
          <div className="space-y-2">
            <p className="text-sm text-slate-600">{t(user.hasPassword ? "users.detail.linkIntroReset" : "users.detail.linkIntroInvite")}</p>
            <Button variant="secondary" onClick={issueLink} disabled={runner.pending}>
              {t(user.hasPassword ? "users.detail.issueReset" : "users.detail.issueInvite")}
            </Button>
          </div>
          {handout && <OneTimeLink handout={handout} email={user.email} />}
          {!user.isViewer && (
            <div className="space-y-2 border-t border-slate-100 pt-4">
              <p className="text-sm text-slate-600">{t("users.detail.deactivateIntro")}</p>
              <Button variant="danger" onClick={deactivate} disabled={runner.pending}>{t("users.detail.deactivate")}</Button>
            </div>
          )}
        </>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t("users.detail.reactivateIntro")}</p>
          <Button onClick={reactivate} disabled={runner.pending}>{t("users.detail.reactivate")}</Button>
        </div>
      )}
    </div>
  );
}

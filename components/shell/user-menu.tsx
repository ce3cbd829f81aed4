"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { signOut } from "@/lib/auth/browser-auth";
import type { SessionUser } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { LanguageSwitch } from "./language-switch";

export function UserMenu({ user }: { user: Pick<SessionUser, "name" | "email" | "role"> }) {
  const { t } = useI18n();
  const [signingOut, setSigningOut] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const runner = useActionRunner();

  const busy = signingOut || runner.pending;
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="user-menu">
      <div>
        <div className="text-sm font-semibold" data-testid="user-name">{user.name}</div>
        <div className="break-all text-xs text-slate-600">{user.email}</div>
        <div className="mt-1 inline-block rounded bg-slate-200 px-2 py-0.5 text-xs" data-testid="user-role">
          {t(`roles.${user.role}`)}
        </div>
      </div>
      <LanguageSwitch />
      <Link href="/profile" className="block text-sm text-brand-700 hover:underline">
        {t("users.nav.profile")}
      </Link>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setSigningOut(true);
          void signOut("/login");
        }}
        className="block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {signingOut ? t("userMenu.signingOut") : t("userMenu.signOut")}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          runner.reset();
          setConfirming(true);
        }}
        className="block w-full rounded-md px-3 py-1.5 text-xs text-slate-600 underline-offset-2 hover:bg-slate-100 hover:underline disabled:opacity-60"
      >
        {t("auth.sessions.endAll")}
      </button>
      {confirming && (
        <ModalDialog title={t("auth.sessions.confirmTitle")} onClose={() => !busy && setConfirming(false)}>
          <p className="mt-2 text-sm text-slate-600">{t("auth.sessions.confirmBody")}</p>
          <div className="mt-3">
            <ActionError message={runner.error} />
          </div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t("auth.sessions.cancel")}
            </Button>
            <Button
              variant="danger"
              disabled={busy}
              onClick={() =>
                runner.run(
                  () => signOutEverywhereAction({}),
                  () => {
                    setSigningOut(true);
                    // This browser's cookie is cleared by next-auth; the session it held has already ended.
                    void signOut("/login");
                  },
                )
              }
            >
              {busy ? t("auth.sessions.working") : t("auth.sessions.confirm")}
            </Button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}

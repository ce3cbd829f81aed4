"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { LanguageSwitch } from "./language-switch";

export function UserMenu({ user }: { user: Pick<SessionUser, "name" | "email" | "role"> }) {
  const { t } = useI18n();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="user-menu">
      <div>
        <div className="text-sm font-semibold" data-testid="user-name">{user.name}</div>
        <div className="text-xs text-slate-500">{user.email}</div>
        <div className="mt-1 inline-block rounded bg-slate-200 px-2 py-0.5 text-xs" data-testid="user-role">
          {t(`roles.${user.role}`)}
        </div>
      </div>
      <LanguageSwitch />
      <button
        type="button"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          void signOut({ callbackUrl: "/login" });
        }}
        className="block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {signingOut ? t("userMenu.signingOut") : t("userMenu.signOut")}
      </button>
    </div>
  );
}

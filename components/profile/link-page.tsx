import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getDb } from "@/lib/db/prisma";
import type { UserTokenPurpose } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";
import { readLink } from "@/lib/users/tokens";
import { LinkPasswordForm } from "./link-password-form";

/**
 * The public page behind an invitation or reset link: the form when the link works, else why it does not. Only
 * submitting the form uses the link, so a mail scanner that opens it changes nothing.
 */
export async function LinkPage({ token, purpose }: { token: string; purpose: UserTokenPurpose }) {
  const { t } = await getI18n();
  const link = await readLink(getDb(), token, purpose, new Date());
  const invitation = purpose === "INVITATION";
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="text-3xl font-bold text-brand-700">{t("app.name")}</div>
          <h1 className="mt-2 text-xl font-semibold">
            {link.ok ? t(invitation ? "users.invite.title" : "users.invite.resetTitle") : t("users.invite.invalidTitle")}
          </h1>
          {link.ok && (
            <p className="mt-1 text-sm text-slate-600">
              {t(invitation ? "users.invite.intro" : "users.invite.resetIntro", { name: link.user.name, email: link.user.email })}
            </p>
          )}
        </div>
        {link.ok ? (
          <LinkPasswordForm token={token} purpose={purpose} email={link.user.email} />
        ) : (
          <div className="rounded-lg border border-slate-200 bg-white p-6 text-center text-sm text-slate-700" role="alert">
            <p>{t(`users.link.${link.reason}`)}</p>
            <Link href="/login" className="mt-4 inline-block text-brand-600 underline">{t("users.invite.signIn")}</Link>
          </div>
        )}
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}

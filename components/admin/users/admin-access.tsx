import { forbidden, unstable_rethrow } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { isAdmin, type SessionUser } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

/**
 * The signed-in admin; anyone else gets the 403 page (forbidden(), rendered by app/(app)/forbidden.tsx). The
 * admin layout calls it before anything streams, so the status really is 403; pages call it too, because a
 * layout does not run again when the user moves between admin pages.
 *
 * forbidden() needs `experimental.authInterrupts` in next.config; without it, it throws a plain error, which is
 * swallowed here: the caller then gets null and shows AdminOnlyNotice (status 200) instead of failing.
 */
export async function adminOrForbidden(): Promise<SessionUser | null> {
  const user = await requireUser();
  if (isAdmin(user)) return user;
  try {
    forbidden();
  } catch (error) {
    unstable_rethrow(error);
  }
  return null;
}

export async function AdminOnlyNotice() {
  const { t } = await getI18n();
  return <Notice title={t("common.forbiddenTitle")} body={t("users.forbidden.adminOnly")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
}

// No "server-only": the job worker pauses endpoints and tells the admins.
import type { Db } from "@/lib/db/prisma";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { isMailConfigured, sendMail } from "@/lib/mail";

function baseUrl(env: NodeJS.ProcessEnv) {
  return (env.APP_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Tells the active admins that an endpoint was paused. In-app notifications belong to alerts (a Notification
 * has no text of its own), so the admins hear of it by e-mail, in their language, when SMTP is configured; in any
 * case /admin/webhooks shows a banner for every paused endpoint until an admin resumes or deletes it.
 * Never throws: the pause is committed, and a failed e-mail is logged.
 */
export async function notifyAdminsOfPause(
  db: Db,
  { endpointId, url, failures, error, env = process.env }: { endpointId: string; url: string; failures: number; error: string; env?: NodeJS.ProcessEnv },
): Promise<{ mailed: number }> {
  if (!isMailConfigured(env)) return { mailed: 0 };
  let mailed = 0;
  try {
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true, name: true, locale: true } });
    const link = `${baseUrl(env)}/admin/webhooks?endpoint=${encodeURIComponent(endpointId)}`;
    for (const admin of admins) {
      const t = createTranslator(MESSAGES[admin.locale]);
      const text = [
        t("webhooks.pauseMail.greeting", { name: admin.name }),
        "",
        t("webhooks.pauseMail.body", { url, failures }),
        t("webhooks.pauseMail.lastError", { error }),
        "",
        t("webhooks.pauseMail.action", { link }),
      ].join("\n");
      try {
        await sendMail({ to: admin.email, subject: t("webhooks.pauseMail.subject", { url }), text }, env);
        mailed++;
      } catch (sendError) {
        console.error(`Could not e-mail ${admin.email} about the paused webhook endpoint ${endpointId}`, sendError);
      }
    }
  } catch (loadError) {
    console.error(`Could not tell the admins about the paused webhook endpoint ${endpointId}`, loadError);
  }
  return { mailed };
}

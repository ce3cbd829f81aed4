// No "server-only": the job worker sends the digests outside Next.
import type { AlertKind } from "@/lib/alerts";
import { dateOfDay, utcDay } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { isMailConfigured, sendMail, type MailMessage } from "@/lib/mail";
import { describeAlert } from "./describe";

/** At most this many alerts are listed in one e-mail; the rest are counted. */
export const DIGEST_MAX_ITEMS = 50;

export type DigestSummary = {
  /** False when SMTP is not configured: nothing was sent and nothing was marked. */
  mailConfigured: boolean;
  /** Users whose digest was due and who had something unread to hear about. */
  due: number;
  sent: number;
  failed: number;
  /** Notifications marked as e-mailed. */
  notifications: number;
};

/**
 * The start of the digest period `now` falls in: the UTC day for daily digests, the ISO week (from Monday, UTC)
 * for weekly ones. A digest is due when none was sent since that start, so it goes out once per period however
 * often the job runs.
 */
export function digestPeriodStart(frequency: Exclude<DigestFrequency, "NONE">, now: Date): Date {
  const today = utcDay(now);
  if (frequency === "DAILY") return dateOfDay(today);
  const mondayBased = (dateOfDay(today).getUTCDay() + 6) % 7;
  return dateOfDay(today - mondayBased);
}

function baseUrl(env: NodeJS.ProcessEnv) {
  return (env.APP_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type DigestItem = { accountName: string; kind: AlertKind; accountId: string; evidence: unknown };

/** The digest e-mail of one user, in their language. */
export function digestMessage(
  user: { email: string; name: string; locale: Locale },
  frequency: Exclude<DigestFrequency, "NONE">,
  items: readonly DigestItem[],
  env: NodeJS.ProcessEnv = process.env,
): MailMessage {
  const t = createTranslator(MESSAGES[user.locale]);
  const base = baseUrl(env);
  const shown = items.slice(0, DIGEST_MAX_ITEMS).map((item) => ({ item, text: describeAlert(item, t, user.locale) }));
  const rest = items.length - shown.length;
  const subject = t(frequency === "DAILY" ? "notifications.digest.subjectDAILY" : "notifications.digest.subjectWEEKLY", { count: items.length });
  const preferences = `${base}/notifications/preferences`;
  const text = [
    t("notifications.digest.greeting", { name: user.name }),
    t("notifications.digest.intro"),
    "",
    ...shown.flatMap(({ item, text: line }) => [
      `• ${item.accountName} — ${line.title}`,
      `  ${line.detail}`,
      `  ${t("notifications.digest.open", { url: `${base}${line.href}` })}`,
      "",
    ]),
    ...(rest > 0 ? [t("notifications.digest.more", { count: rest }), ""] : []),
    t("notifications.digest.footer", { url: preferences }),
  ].join("\n");
  const html = `<!doctype html><html lang="${user.locale === "zh" ? "zh-CN" : "en"}"><body style="font-family:sans-serif">
<h1 style="font-size:18px">${escapeHtml(t("notifications.digest.heading"))}</h1>
<p>${escapeHtml(t("notifications.digest.greeting", { name: user.name }))}<br>${escapeHtml(t("notifications.digest.intro"))}</p>
<ul>${shown
    .map(({ item, text: line }) => `<li><a href="${escapeHtml(`${base}${line.href}`)}"><strong>${escapeHtml(item.accountName)}</strong> — ${escapeHtml(line.title)}</a><br><span>${escapeHtml(line.detail)}</span></li>`)
    .join("")}</ul>
${rest > 0 ? `<p>${escapeHtml(t("notifications.digest.more", { count: rest }))}</p>` : ""}
<p style="font-size:12px;color:#555">${escapeHtml(t("notifications.digest.footer", { url: preferences }))}</p></body></html>`;
  return { to: user.email, subject, text, html };
}

/**
 * Sends each user whose daily or weekly digest is due an e-mail of their unread, not yet e-mailed notifications of
 * alerts that are still open (muted kinds left out), in their language. A user is claimed before the e-mail is sent
 * (lastDigestAt moves to `now` only if it still lies before the period), so concurrent runs send one digest;
 * a failed send gives the claim back. Without SMTP nothing is sent or marked.
 */
export async function sendDigests(db: Db, { now, env = process.env }: { now: Date; env?: NodeJS.ProcessEnv }): Promise<DigestSummary> {
  const summary: DigestSummary = { mailConfigured: isMailConfigured(env), due: 0, sent: 0, failed: 0, notifications: 0 };
  if (!summary.mailConfigured) return summary;
  const subscribers = await db.notificationPreference.findMany({
    where: { digest: { not: "NONE" }, user: { active: true } },
    select: { userId: true, digest: true, mutedKinds: true, lastDigestAt: true, user: { select: { email: true, name: true, locale: true } } },
  });
  for (const subscriber of subscribers) {
    const frequency = subscriber.digest as Exclude<DigestFrequency, "NONE">;
    const periodStart = digestPeriodStart(frequency, now);
    if (subscriber.lastDigestAt && subscriber.lastDigestAt >= periodStart) continue;
    const rows = await db.notification.findMany({
      where: {
        userId: subscriber.userId,
        readAt: null,
        emailedAt: null,
        createdAt: { lte: now },
        alert: { clearedAt: null, kind: { notIn: subscriber.mutedKinds ?? [] } },
      },
      select: { id: true, alert: { select: { kind: true, accountId: true, evidence: true, account: { select: { name: true } } } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
    if (rows.length === 0) continue;
    summary.due += 1;
    const claimed = await db.notificationPreference.updateMany({
      where: { userId: subscriber.userId, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: periodStart } }] },
      data: { lastDigestAt: now },
    });
    if (claimed.count === 0) continue;
    const items = rows.map((row) => ({ accountName: row.alert!.account.name, kind: row.alert!.kind, accountId: row.alert!.accountId, evidence: row.alert!.evidence }));
    try {
      await sendMail(digestMessage(subscriber.user, frequency, items, env), env);
    } catch (error) {
      console.error(`Digest to ${subscriber.user.email} failed`, error);
      await db.notificationPreference.update({ where: { userId: subscriber.userId }, data: { lastDigestAt: subscriber.lastDigestAt } });
      summary.failed += 1;
      continue;
    }
    const marked = await db.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { emailedAt: now } });
    summary.sent += 1;
    summary.notifications += marked.count;
  }
  return summary;
}

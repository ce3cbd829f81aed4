import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { isMailConfigured, sendMail } from "@/lib/mail";
import type { IssuedLink } from "./tokens";

/** How sending the link went: sent, e-mail not configured, or it failed (the admin still has the link to pass on). */
export type LinkMailOutcome = "sent" | "off" | "failed";

export type LinkMail = { to: string; name: string; locale: Locale; link: IssuedLink };

/** The public address links in e-mails point to (NEXTAUTH_URL, set by `npm start`), without a trailing slash. */
const appUrl = () => process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || null;

/** The invitation or reset e-mail in the user's own language. */
export function composeLinkMail({ to, name, locale, link }: LinkMail, baseUrl: string) {
  const t = createTranslator(MESSAGES[locale]);
  const kind = link.purpose === "INVITATION" ? "invitation" : "reset";
  const values = { name, link: `${baseUrl}${link.path}`, expires: formatDate(locale, link.expiresAt, true), app: t("app.name") };
  return { to, subject: t(`users.mail.${kind}.subject`, values), text: t(`users.mail.${kind}.body`, values) };
}

/** Sends the link after the change was committed; a failure is logged and reported, never undoes the change. */
export async function sendLinkMail(mail: LinkMail): Promise<LinkMailOutcome> {
  if (!isMailConfigured()) return "off";
  const baseUrl = appUrl();
  if (!baseUrl) {
    console.error("Cannot e-mail a link: NEXTAUTH_URL (the app's public address) is not set.");
    return "failed";
  }
  try {
    const result = await sendMail(composeLinkMail(mail, baseUrl));
    return result.sent ? "sent" : "off";
  } catch (error) {
    console.error("Sending a link e-mail failed", error);
    return "failed";
  }
}

// No "server-only": the job worker (lib/jobs) calls these outside Next.
/**
 * The scheduled work of alerts and notifications, each `(db, { now })` with the clock as a parameter:
 * - `evaluateAlerts`: runs the alert rules, raises and clears alerts, notifies the people concerned;
 * - `sendDigests`: the daily and weekly e-mail digests of unread notifications (nothing without SMTP);
 * - `cleanupNotifications`: deletes read notifications older than 90 days.
 */
export { evaluateAlerts, type EvaluationSummary } from "./evaluate";
export { sendDigests, type DigestSummary } from "./digest";
export { cleanupNotifications } from "./cleanup";

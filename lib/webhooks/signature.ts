// No "server-only": the job worker signs deliveries outside Next.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The headers of every delivery. */
export const WEBHOOK_HEADERS = {
  id: "Kam-Webhook-Id",
  timestamp: "Kam-Webhook-Timestamp",
  signature: "Kam-Webhook-Signature",
} as const;

/** Secrets are "whsec_" and 32 random bytes in hex, so they are recognisable in a receiver's configuration. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("hex")}`;
}

/**
 * `v1=` and the hex HMAC-SHA256, keyed with the endpoint's secret, of `<timestamp>.<body>`: the timestamp (Unix
 * seconds, as sent in Kam-Webhook-Timestamp), a dot and the exact bytes of the body. Signing the timestamp with
 * the body lets receivers refuse replays of an old delivery.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * The receiver's check, the same code as the snippet in the README and the OpenAPI description: the signature
 * matches and the timestamp is at most `toleranceSeconds` away from `now`. KAM sends one signature; the check
 * also takes several space-separated ones (`v1=… v1=…`, one match is enough), so the format can grow.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  { now = Date.now(), toleranceSeconds = 300 }: { now?: number; toleranceSeconds?: number } = {},
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  return headers.signature.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The receiver snippet shown in the README and the OpenAPI description (kept in sync with verifyWebhookSignature). */
export const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// body: the raw request body as a string (before any JSON parsing); headers: the request's headers.
function verifyKamWebhook(secret, headers, body) {
  const timestamp = Number(headers["kam-webhook-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from("v1=" + createHmac("sha256", secret).update(timestamp + "." + body).digest("hex"));
  return String(headers["kam-webhook-signature"] ?? "").split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

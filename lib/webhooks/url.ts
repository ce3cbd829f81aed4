// No "server-only": the job worker checks every address it connects to.
import { isIP } from "node:net";

/**
 * Which endpoint URLs are accepted, and which addresses are never connected to (a simple guard against using
 * webhooks to reach the server's own surroundings, "SSRF"):
 * - https only; plain http for localhost (127.0.0.0/8, ::1, "localhost") or for any host when
 *   KAM_WEBHOOKS_ALLOW_HTTP=1 (a test network);
 * - no user name or password in the URL (the signature is the authentication);
 * - never link-local addresses (169.254.0.0/16, fe80::/10), where cloud metadata services answer
 *   (169.254.169.254, fd00:ec2::254 too) — checked for the host as written and for every address it resolves
 *   to, at the moment of connecting, so a DNS answer changed after registration does not get through.
 * Private networks (10/8, 192.168/16 …) are allowed on purpose: the ERP or BI system often lives there.
 */
export type UrlProblem = "invalid" | "scheme" | "credentials" | "blocked";

export function allowsHttp(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KAM_WEBHOOKS_ALLOW_HTTP === "1";
}

const stripBrackets = (host: string) => (host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host);

export function isLocalHost(hostname: string): boolean {
  const host = stripBrackets(hostname).toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

/** A link-local or cloud-metadata address (IPv4, IPv6 or IPv4-mapped IPv6). */
export function isBlockedAddress(address: string): boolean {
  const host = stripBrackets(address).toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (mapped) return isBlockedAddress(mapped[1]);
  // The URL parser writes an IPv4-mapped address in hex (::ffff:a9fe:a9fe for 169.254.169.254).
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mappedHex) {
    const [high, low] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
    return isBlockedAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (isIP(host) === 4) return host.startsWith("169.254.") || host === "0.0.0.0";
  if (isIP(host) === 6) return /^fe[89ab][0-9a-f]:/.test(host) || host === "fd00:ec2::254" || host === "::";
  return false;
}

/** What is wrong with `raw` as an endpoint URL, or null. Host names are resolved later, when connecting. */
export function endpointUrlProblem(raw: string, env: NodeJS.ProcessEnv = process.env): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "scheme";
  if (url.protocol === "http:" && !isLocalHost(url.hostname) && !allowsHttp(env)) return "scheme";
  if (url.username || url.password) return "credentials";
  if (isBlockedAddress(url.hostname) || url.hostname.toLowerCase() === "metadata.google.internal") return "blocked";
  return null;
}

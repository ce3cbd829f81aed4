type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address for sign-in throttling. Next puts the socket's address into X-Forwarded-For when the
 * request has none; each reverse proxy appends the address it saw. Entries further left came from the client and
 * can be forged, so the address is the one `proxyHops` entries from the right: 1 (the default) fits one proxy, or
 * none at all; with 0 the header is ignored. Null when there is none to be had.
 */
export function clientAddress(headers: HeaderBag, proxyHops: number): string | null {
  if (proxyHops <= 0) return null;
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - proxyHops)];
  if (!entry) return null;
  // "::ffff:10.0.0.1" and "10.0.0.1" are one client.
  return entry.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, 100).toLowerCase();
}

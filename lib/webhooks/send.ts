// No "server-only": the job worker sends the deliveries.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { ERROR_MAX_CHARS, RESPONSE_TIMEOUT_MS } from "./policy";
import { endpointUrlProblem, isBlockedAddress } from "./url";

export type SendOutcome =
  | { ok: true; status: number; ms: number }
  | { ok: false; status: number | null; ms: number; error: string };

/**
 * Resolves like the default lookup, but fails for link-local and metadata addresses, so the check happens on the
 * address actually connected to (no window between a check and a second DNS answer).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as LookupAddress[];
    const blocked = list.find((entry) => isBlockedAddress(entry.address));
    if (blocked) return callback(Object.assign(new Error(`refused: ${hostname} resolves to the link-local address ${blocked.address}`), { code: "EBLOCKED" }), "", 0);
    if (options.all) return callback(null, list);
    return callback(null, list[0].address, list[0].family);
  });
};

const clip = (text: string) => (text.length > ERROR_MAX_CHARS ? `${text.slice(0, ERROR_MAX_CHARS - 1)}…` : text);

/**
 * POSTs `body` to `url` with `headers` and waits at most `timeoutMs` for the whole answer. 2xx is success; any
 * other status, a redirect (never followed, to any host), a timeout or a connection error is a failure with a
 * short reason (the start of the answer's body for an error status).
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs = RESPONSE_TIMEOUT_MS, env = process.env }: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = endpointUrlProblem(url, env);
  if (problem) return Promise.resolve({ ok: false, status: null, ms: 0, error: `refused: URL not allowed (${problem})` });
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup,
        agent: false,
        headers: { ...headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "User-Agent": "KAM-Webhooks/1" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          // Only the start of an answer is kept for the log; the rest is read and dropped.
          if (size < ERROR_MAX_CHARS * 4) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("error", (error) => finish({ ok: false, status, ms: elapsed(), error: clip(error.message) }));
        response.on("end", () => {
          const ms = elapsed();
          if (status >= 200 && status < 300) return finish({ ok: true, status, ms });
          if (status >= 300 && status < 400) {
            return finish({ ok: false, status, ms, error: clip(`redirect to ${response.headers.location ?? "?"} not followed`) });
          }
          const text = Buffer.concat(chunks).toString("utf8").trim();
          finish({ ok: false, status, ms, error: clip(text ? `HTTP ${status}: ${text}` : `HTTP ${status}`) });
        });
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ ok: false, status: null, ms: elapsed(), error: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    request.on("error", (error) => finish({ ok: false, status: null, ms: elapsed(), error: clip(error.message) }));
    request.end(body);
  });
}

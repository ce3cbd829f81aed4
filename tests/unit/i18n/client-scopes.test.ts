import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { core } from "@/lib/i18n/messages/core";

/**
 * Each page sends the client only the message scopes declared with <ClientMessages scopes={[…]}> in its layouts,
 * itself, and the server components between it and a client component (lib/i18n/client-messages.tsx). A key the
 * client code reads outside those scopes would show as the bare key: this follows the imports of every route file
 * the way the bundler does, and checks every message key written in client code (a literal, or the fixed head of
 * a template such as `domain.stage.${stage}`) against the scopes its route sends.
 */
const ROOT = path.resolve(__dirname, "../../..");
const EN = MESSAGES.en as unknown as Record<string, unknown>;
const CORE = Object.keys(core.en);
const ROUTE_FILES = new Set(["page.tsx", "layout.tsx", "error.tsx", "not-found.tsx", "loading.tsx", "forbidden.tsx", "template.tsx"]);

const sources = new Map<string, string>();
const read = (file: string) => {
  let text = sources.get(file);
  if (text === undefined) sources.set(file, (text = readFileSync(file, "utf8")));
  return text;
};
const directive = (file: string, name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`).test(read(file));
const isClient = (file: string) => directive(file, "use client");
/** Client code holds only references to server actions: their modules run on the server. */
const isServerActions = (file: string) => directive(file, "use server");

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve "${spec}"`);
}

/** The modules a file loads at run time (type-only imports load nothing). */
function importsOf(file: string): string[] {
  const text = read(file);
  const specs = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
  ];
  return specs.map((spec) => resolveImport(file, spec)).filter((f): f is string => f !== undefined && /\.tsx?$/.test(f));
}

/** `export const Name = dynamic(() => import("…").then((m) => m.Name))`: the module each lazy export loads. */
function lazyExports(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!isClient(file)) return out;
  for (const m of read(file).matchAll(/^export const (\w+) = dynamic\(\(\) => import\(["']([^"']+)["']\)/gm)) out.set(m[1], resolveImport(file, m[2])!);
  return out;
}

/** The names `file` imports from `target` (all of a lazy module's exports if it imports it otherwise). */
function namedImports(file: string, target: string): string[] {
  const names: string[] = [];
  for (const m of read(file).matchAll(/^\s*import\s+\{([^}]*)\}\s+from\s+["']([^"']+)["']/gm)) {
    if (resolveImport(file, m[2]) !== target) continue;
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0];
      if (name && !part.trim().startsWith("type ")) names.push(name);
    }
  }
  return names.length > 0 ? names : [...lazyExports(target).keys()];
}

/** The scopes a server file declares for the client components it renders. */
function declaredScopes(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/<ClientMessages\s+scopes=\{([^}]*)\}/g)) {
    if (m[1].trim() === "CORE_SCOPES") out.push(...CORE);
    else out.push(...[...m[1].matchAll(/["']([^"']+)["']/g)].map((s) => s[1]));
  }
  return out;
}

function lookup(key: string): unknown {
  let node: unknown = EN;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** Message keys written in one file: literals naming a string, and the fixed heads of template keys. */
function keysIn(file: string): string[] {
  const text = read(file);
  const keys: string[] = [];
  for (const m of text.matchAll(/["'`]([a-zA-Z]\w*(?:\.\w+)+)["'`]/g)) if (typeof lookup(m[1]) === "string") keys.push(m[1]);
  for (const m of text.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*)\.\$\{/g)) if (typeof lookup(m[1]) === "object") keys.push(`${m[1]}.`);
  return keys;
}

/** Every key the client code of `file` (a "use client" module and all it imports) can read. */
const clientKeyCache = new Map<string, Map<string, string>>();
function clientKeys(file: string): Map<string, string> {
  const cached = clientKeyCache.get(file);
  if (cached) return cached;
  const keys = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f) || isServerActions(f)) return;
    seen.add(f);
    for (const key of keysIn(f)) if (!keys.has(key)) keys.set(key, path.relative(ROOT, f));
    for (const next of importsOf(f)) walk(next);
  };
  walk(file);
  clientKeyCache.set(file, keys);
  return keys;
}

const covered = (key: string, scopes: Set<string>) => {
  const parts = key.replace(/\.$/, "").split(".");
  for (let i = 1; i <= parts.length; i++) if (scopes.has(parts.slice(0, i).join("."))) return true;
  return false;
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : routeFiles(full);
    return ROUTE_FILES.has(entry.name) ? [full] : [];
  });
}

/** The scopes sent around a route file: those its own and its parent segments' layouts declare. */
function layoutScopes(file: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(file); dir.startsWith(path.join(ROOT, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout)) out.push(...declaredScopes(layout));
  }
  return out;
}

function problemsOf(entry: string): string[] {
  const problems: string[] = [];
  const visited = new Set<string>();
  const walk = (file: string, inherited: string[]) => {
    const scopes = [...inherited, ...declaredScopes(file)];
    const mark = `${file}|${[...new Set(scopes)].sort().join(",")}`;
    if (visited.has(mark)) return;
    visited.add(mark);
    const set = new Set(scopes);
    if (isClient(file)) {
      for (const [key, where] of clientKeys(file)) if (!covered(key, set)) problems.push(`${where} reads "${key}"`);
      return;
    }
    for (const next of importsOf(file)) {
      const lazy = lazyExports(next);
      if (lazy.size === 0) walk(next, scopes);
      // A module of lazily loaded client components: only the ones this file imports load (and need strings).
      else for (const name of namedImports(file, next)) walk(lazy.get(name) ?? next, scopes);
    }
  };
  walk(entry, layoutScopes(entry));
  return [...new Set(problems)];
}

/** Whether rendering what `file` exports can reach client code that translates (through server components too). */
const readsKeysCache = new Map<string, boolean>();
function readsKeys(file: string, seen = new Set<string>()): boolean {
  const cached = readsKeysCache.get(file);
  if (cached !== undefined) return cached;
  if (seen.has(file) || isServerActions(file)) return false;
  seen.add(file);
  const result = isClient(file) ? clientKeys(file).size > 0 : importsOf(file).some((next) => readsKeys(next, seen));
  if (seen.size === 1) readsKeysCache.set(file, result);
  return result;
}

/**
 * A file that declares scopes must do so around every JSX it returns that renders translating client code: a
 * component with an early `return (…)` outside its <ClientMessages> would send its client code no strings, which
 * the file-wide check above cannot see.
 */
function unwrappedReturns(file: string): string[] {
  const text = read(file);
  if (!/<ClientMessages\s/.test(text)) return [];
  const imported = new Map<string, string>();
  for (const m of text.matchAll(/^\s*import\s+\{([^}]*)\}\s+from\s+["']([^"']+)["']/gm)) {
    const target = resolveImport(file, m[2]);
    if (!target) continue;
    for (const part of m[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()!;
      if (name && !part.trim().startsWith("type ")) imported.set(name, target);
    }
  }
  const problems: string[] = [];
  for (const m of text.matchAll(/^(\s*)return \(\n([\s\S]*?)^\1\);/gm)) {
    // What a <ClientMessages> inside the returned JSX wraps is covered.
    const body = m[2].replace(/<ClientMessages[\s\S]*?<\/ClientMessages>/g, "");
    const tags = [...body.matchAll(/<([A-Z]\w*)/g)].map((t) => t[1]);
    const translating = tags.filter((tag) => imported.has(tag) && readsKeys(imported.get(tag)!));
    if (translating.length > 0) problems.push(`${path.relative(ROOT, file)}: a return outside <ClientMessages> renders ${[...new Set(translating)].join(", ")}`);
  }
  return problems;
}

describe("client message scopes", () => {
  const entries = routeFiles(path.join(ROOT, "app"));

  it.each(entries.map((f) => [path.relative(ROOT, f), f]))("%s sends every key its client code reads", (_, entry) => {
    expect(problemsOf(entry)).toEqual([]);
  });

  it("finds the keys of client code, so that the check above can fail", () => {
    const board = path.join(ROOT, "components/board/board-view.tsx");
    expect(isClient(board)).toBe(true);
    expect([...clientKeys(board).keys()].some((key) => key.startsWith("board."))).toBe(true);
    expect(covered("board.card.move", new Set(["board"]))).toBe(true);
    expect(covered("board.card.move", new Set(["board.column"]))).toBe(false);
    expect(covered("domain.stage.", new Set(["domain.stage"]))).toBe(true);
  });

  it("wraps every return that renders translating client code in the file's <ClientMessages>", () => {
    const tsx = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsx(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
    expect([...tsx(path.join(ROOT, "app")), ...tsx(path.join(ROOT, "components"))].flatMap(unwrappedReturns)).toEqual([]);
  });

  it("declares only scopes that exist", () => {
    const tsx = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsx(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
    for (const file of [...tsx(path.join(ROOT, "app")), ...tsx(path.join(ROOT, "components"))]) for (const scope of declaredScopes(file)) expect(lookup(scope), `${file}: ${scope}`).toBeDefined();
  });
});

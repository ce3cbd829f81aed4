import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSqlScript } from "@/lib/platform/sql-script";

describe("splitSqlScript", () => {
  it("splits at the semicolons that end statements and drops empty ones", () => {
    expect(splitSqlScript("SELECT 1;\n\nSELECT 2;  ;\n")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("keeps a function whose dollar-quoted body holds semicolons in one statement", () => {
    const fn = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND\n$$`;
    const tagged = `CREATE FUNCTION g() RETURNS void LANGUAGE sql AS $body$ SELECT ';'; SELECT $$x$$; $body$`;
    expect(splitSqlScript(`${fn};\n${tagged};\nSELECT 3;`)).toEqual([fn, tagged, "SELECT 3"]);
  });

  it("does not split inside strings, quoted identifiers or comments", () => {
    const script = `INSERT INTO "a;b" VALUES ('x;y', 'it''s; fine'); -- a comment; not a statement\nSELECT /* ; */ 2`;
    expect(splitSqlScript(script)).toEqual([`INSERT INTO "a;b" VALUES ('x;y', 'it''s; fine')`, "-- a comment; not a statement\nSELECT /* ; */ 2"]);
  });

  it("knows backslash escapes in E'…' strings only", () => {
    expect(splitSqlScript(`SELECT E'a\\';b';SELECT 'c\\';SELECT 2`)).toEqual([`SELECT E'a\\';b'`, `SELECT 'c\\'`, "SELECT 2"]);
  });

  it("drops a trailing piece with comments only, and leaves positional parameters and $ in names alone", () => {
    expect(splitSqlScript("SELECT $1, a$b$ FROM t;\n-- the end\n")).toEqual(["SELECT $1, a$b$ FROM t"]);
  });

  it("gives back the statements it was given, joined by semicolons", () => {
    const piece = fc.constantFrom("SELECT 1", "SELECT 'a;b'", `SELECT "x;y"`, "SELECT $$ ; $$", "SELECT $t$ $$;$$ $t$", "SELECT /* ; */ 2", "SELECT 2 -- ;\n+ 1");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (statements) => {
        expect(splitSqlScript(statements.join(";\n"))).toEqual(statements);
      }),
    );
  });

  it("splits every migration into as many statements as the naive split where no body holds a semicolon", () => {
    const dir = path.resolve("prisma/migrations");
    for (const name of readdirSync(dir).filter((entry) => /^\d/.test(entry))) {
      const script = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      if (script.includes("$$")) continue;
      const naive = script.split(";").map((s) => s.trim()).filter((s) => s.length > 0 && !/^(--[^\n]*\n?\s*)+$/.test(s));
      expect(splitSqlScript(script), name).toEqual(naive);
    }
  });
});

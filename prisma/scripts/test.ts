/**
 * `npm test`: every layer, in the order a failure is cheapest to find, each phase after the previous one passed:
 *   1. `npm run typecheck` and `npm run lint` side by side (one process on one core each);
 *   2. `npm run test:unit`;
 *   3. `npm run test:integration`, with the production build for the end-to-end tests made beside it when the
 *      sources changed since the last one (the integration tests leave a core idle while they wait on Postgres,
 *      timers and child processes; the build's output is printed when it ends);
 *   4. `npm run test:e2e` on that build.
 * It ends with the time of each phase. Any failure stops the run with that phase's exit code.
 */
import { spawn } from "node:child_process";
import { needsBuild } from "./build-state";

type Outcome = { name: string; code: number; seconds: number; output: string };

/** Runs `npm run <script>`; `buffered` keeps its output to print whole when it ends (for steps run side by side). */
function npmRun(script: string, { buffered = false, env = {} }: { buffered?: boolean; env?: Record<string, string> } = {}): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code, signal) => resolve({ name: script, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000, output }));
  });
}

const phases: { name: string; seconds: number }[] = [];

/** Runs steps side by side as one phase; prints each buffered output, and stops the run if any step failed. */
async function phase(name: string, steps: Promise<Outcome>[]) {
  const started = performance.now();
  const outcomes = await Promise.all(steps);
  phases.push({ name, seconds: (performance.now() - started) / 1000 });
  for (const outcome of outcomes) {
    if (outcome.output.trim()) console.log(`\n── npm run ${outcome.name} ──\n${outcome.output.trimEnd()}`);
    console.log(`npm run ${outcome.name}: ${outcome.code === 0 ? "passed" : `failed (exit ${outcome.code})`} in ${outcome.seconds.toFixed(1)} s`);
  }
  const failed = outcomes.find((outcome) => outcome.code !== 0);
  if (failed) {
    summary();
    process.exit(failed.code);
  }
}

function summary() {
  console.log(`\nnpm test: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(0)} s`).join(", ")}`);
}

// tsc has checked the whole project in phase 1, so the build skips its own type check (next.config.mjs).
const checked = { KAM_TYPECHECKED: "1" };

await phase("typecheck + lint", [npmRun("typecheck", { buffered: true }), npmRun("lint", { buffered: true })]);
await phase("unit", [npmRun("test:unit")]);
const build = needsBuild();
await phase(build ? "integration + build" : "integration", [npmRun("test:integration"), ...(build ? [npmRun("build", { buffered: true, env: checked })] : [])]);
await phase("end-to-end", [npmRun("test:e2e", { env: checked })]);
summary();

/**
 * `npm test`: every layer, in the order a failure is cheapest to find:
 *   1. `npm run typecheck` and `npm run lint` side by side (one process on one core each);
 *   2. `npm run test:unit`;
 *   3. `npm run test:integration`, and beside it the production build for the end-to-end tests (when the sources
 *      changed since the last one), then `npm run test:e2e` on that build as soon as it is made. The integration
 *      tests leave much of the two cores idle while they wait on Postgres, timers and child processes, and the
 *      end-to-end tests start their own Postgres cluster and servers, so the two overlap instead of queueing. The
 *      outputs of the build and of the end-to-end tests are printed whole when each ends.
 * A failed phase stops the run with its exit code (in phase 3 after both sides have ended; a failed build skips the
 * end-to-end tests). It ends with the time of each phase and step.
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

const phases: { name: string; seconds: number; steps: Outcome[] }[] = [];

/** Prints a step's buffered output and its result as soon as it ends. */
function report(outcome: Outcome) {
  if (outcome.output.trim()) console.log(`\n── npm run ${outcome.name} ──\n${outcome.output.trimEnd()}`);
  console.log(`npm run ${outcome.name}: ${outcome.code === 0 ? "passed" : `failed (exit ${outcome.code})`} in ${outcome.seconds.toFixed(1)} s`);
  return outcome;
}

/** Runs chains of steps side by side as one phase (each chain stops at its first failure); stops the run if any failed. */
async function phase(name: string, chains: (() => Promise<Outcome[]>)[]) {
  const started = performance.now();
  const outcomes = (await Promise.all(chains.map((chain) => chain()))).flat();
  phases.push({ name, seconds: (performance.now() - started) / 1000, steps: outcomes });
  const failed = outcomes.find((outcome) => outcome.code !== 0);
  if (failed) {
    summary();
    process.exit(failed.code);
  }
}

/** Steps one after the other, each reported when it ends; a failure ends the chain. */
function chain(...steps: (() => Promise<Outcome>)[]) {
  return async () => {
    const outcomes: Outcome[] = [];
    for (const step of steps) {
      const outcome = report(await step());
      outcomes.push(outcome);
      if (outcome.code !== 0) break;
    }
    return outcomes;
  };
}

function summary() {
  const steps = (p: (typeof phases)[number]) => (p.steps.length > 1 ? ` (${p.steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(", ")})` : "");
  console.log(`\nnpm test: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(0)} s${steps(p)}`).join("; ")}`);
}

// tsc has checked the whole project in phase 1, so the build skips its own type check (next.config.mjs).
const checked = { KAM_TYPECHECKED: "1" };
// A port given for the embedded Postgres (KAM_PG_PORT) would be taken by the integration tests' cluster: the
// end-to-end tests' cluster, running at the same time, takes the next one.
const e2ePort: Record<string, string> = process.env.KAM_PG_PORT ? { KAM_PG_PORT: String(Number(process.env.KAM_PG_PORT) + 1) } : {};

await phase("typecheck + lint", [chain(() => npmRun("typecheck", { buffered: true })), chain(() => npmRun("lint", { buffered: true }))]);
await phase("unit", [chain(() => npmRun("test:unit"))]);
const build = needsBuild();
await phase(build ? "integration beside build + end-to-end" : "integration beside end-to-end", [
  chain(() => npmRun("test:integration")),
  chain(
    ...(build ? [() => npmRun("build", { buffered: true, env: checked })] : []),
    () => npmRun("test:e2e", { buffered: true, env: { ...checked, ...e2ePort } }),
  ),
]);
summary();

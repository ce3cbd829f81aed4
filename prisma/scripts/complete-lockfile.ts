/**
 * `npm run lock:complete`: run after `npm install` changes package-lock.json on a machine whose registry mirror
 * serves only this platform's binaries. npm then leaves other platforms' optional packages (next's SWC, rollup,
 * tailwind's oxide …) out of the lock, and `npm ci` refuses it as out of sync. This records each missing one with
 * the os/cpu/libc its name states, so `npm ci` accepts the lock and skips them on platforms they do not fit.
 */
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; optionalDependencies?: Record<string, string> };

const OSES = ["android", "darwin", "win32", "freebsd", "openbsd", "openharmony", "linux", "netbsd", "sunos", "aix"];
const CPUS = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, LockEntry> };
const added: string[] = [];

for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split("/").at(-1)!.split("-");
    const os = OSES.find((o) => parts.includes(o));
    const cpu = CPUS.find((c) => parts.includes(c));
    if (!os && !cpu) continue;
    const platform: LockEntry = { version, optional: true };
    if (os) platform.os = [os];
    if (cpu) platform.cpu = [cpu];
    if (os === "linux" && parts.some((p) => p.startsWith("musl"))) platform.libc = ["musl"];
    else if (os === "linux" && parts.some((p) => p.startsWith("gnu"))) platform.libc = ["glibc"];
    lock.packages[key] = platform;
    added.push(name);
  }
}

writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Recorded ${added.length} optional platform packages.` : "The lock file is complete.");

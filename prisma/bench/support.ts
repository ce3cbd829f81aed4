/** Shared by the benchmarks: command-line numbers and a seeded SQL random generator. */

/** `--name N` from the command line, or `fallback`; refuses anything but a positive integer. */
export function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
  return value;
}

/**
 * SQL for a uniform [0, 1) number k of row i: Postgres' seeded 64-bit hash (`hashint8extended`, stable across
 * platforms because hash partitioning relies on it), top 52 bits as a fraction. Generating in SQL avoids shipping
 * millions of rows; the same seed always gives the same rows.
 */
export const uniformSql = (seed: number) => (k: number) =>
  `(((hashint8extended(i, ${seed + k}) >> 12) & 4503599627370495)::float8 / 4503599627370496.0)`;

/**
 * Runs a benchmark's main and exits with its outcome: the server and pool handles it leaves behind would otherwise
 * keep the process alive.
 */
export function runBenchmark(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

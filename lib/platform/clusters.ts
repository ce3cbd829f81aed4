/**
 * Where each purpose keeps its embedded Postgres cluster and on which fixed port (never the system's 5432), and the
 * URL of one of its databases. No side effects and no packages, so a test process can name a database of a cluster
 * another process started.
 */
export const CLUSTERS = {
  app: { dir: "postgres", port: 54329 },
  test: { dir: "postgres-test", port: 54339 },
  bench: { dir: "postgres-bench", port: 54349 },
} as const;

export type ClusterPurpose = keyof typeof CLUSTERS;

/** The end-to-end tests' database on the test cluster, made afresh by `npm start -- --e2e`. */
export const E2E_DATABASE = "kam_e2e";

export const CLUSTER_USER = "kam";
export const CLUSTER_PASSWORD = "kam";

/** The cluster's port: KAM_PG_PORT when set (to run two checkouts or test runs side by side), else its own. */
export function clusterPort(purpose: ClusterPurpose): number {
  return Number(process.env.KAM_PG_PORT ?? CLUSTERS[purpose].port);
}

export function clusterUrl(port: number, database: string) {
  return `postgresql://${CLUSTER_USER}:${CLUSTER_PASSWORD}@127.0.0.1:${port}/${database}`;
}

import "server-only";
import type { DashboardQuery } from "./query";

/**
 * Runs `load` once per DashboardQuery object: panels that share a loader (the order window, the matrix points)
 * then share one database round trip within a page render. Keyed weakly, so nothing outlives the request.
 */
export function perQuery<T>(load: (query: DashboardQuery) => Promise<T>): (query: DashboardQuery) => Promise<T> {
  const results = new WeakMap<DashboardQuery, Promise<T>>();
  return (query) => {
    let result = results.get(query);
    if (!result) {
      result = load(query);
      results.set(query, result);
    }
    return result;
  };
}

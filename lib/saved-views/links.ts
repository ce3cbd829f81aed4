/**
 * Where a saved view opens, once its query is clean (see cleanViewQuery in lists.ts): no zod here, so the views
 * panel (a client component) can link a view it has just saved without loading the list schemas.
 * `columns` are the view's columns as parseColumns returns them; null or all of them adds no `cols`.
 */
export function viewLink(path: string, id: string, cleanQuery: string, columns: readonly string[] | null, columnCount: number): string {
  const params = new URLSearchParams(cleanQuery);
  if (columns && columns.length < columnCount) params.set("cols", columns.join(","));
  params.set("view", id);
  return `${path}?${params.toString()}`;
}

import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { ReadDb } from "@/lib/db/read-only";
import { cleanViewQuery, parseColumns, type SavedViewList } from "./lists";

export type SavedViewSummary = {
  id: string;
  name: string;
  shared: boolean;
  ownerName: string;
  /** The viewer's own view: he may rename it, save changes to it and delete it. */
  mine: boolean;
  /** Own views, and shared ones for admins. */
  canDelete: boolean;
  /** Cleaned with the list's schema: safe to open whatever was stored. */
  query: string;
  columns: string[];
};

/** Who may delete a view: its owner, and an admin a shared one (e.g. left behind by someone who moved on). */
export const mayDeleteView = (user: Pick<SessionUser, "id" | "role">, view: { ownerId: string; shared: boolean }) =>
  view.ownerId === user.id || (view.shared && user.role === "ADMIN");

/** The viewer's own views of a list and the views others shared, own first, by name. */
export async function listSavedViews(db: ReadDb, user: SessionUser, list: SavedViewList): Promise<SavedViewSummary[]> {
  const rows = await db.savedView.findMany({
    where: { list, OR: [{ ownerId: user.id }, { shared: true }] },
    select: { id: true, name: true, shared: true, ownerId: true, query: true, columns: true, owner: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      shared: row.shared,
      ownerName: row.owner.name,
      mine: row.ownerId === user.id,
      canDelete: mayDeleteView(user, row),
      query: cleanViewQuery(list, row.query),
      columns: parseColumns(list, row.columns) ?? [],
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}

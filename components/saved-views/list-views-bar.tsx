import type { SessionUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import type { Translate, MessageKey } from "@/lib/i18n/translate";
import { toSearchParams, type ParamValue } from "@/lib/lists/query";
import { cleanViewQuery, LIST_SPECS, parseColumns, viewHref, type SavedViewList } from "@/lib/saved-views/lists";
import { listSavedViews } from "@/lib/saved-views/queries";
import { ListViews } from "./list-views";
import { ClientMessages } from "@/lib/i18n/client-messages";

const COLUMN_LABEL: Record<SavedViewList, (key: string) => MessageKey> = {
  accounts: (key) => `accounts.columns.${key}` as MessageKey,
  contacts: (key) => `contacts.column.${key}` as MessageKey,
};

/** The saved views and column chooser of a list page, for the user and the page's current query. */
export async function ListViewsBar({ list, user, query, visible, t }: { list: SavedViewList; user: SessionUser; query: Record<string, ParamValue>; visible: string[]; t: Translate }) {
  const views = await listSavedViews(getDb(), user, list);
  const params = toSearchParams(query);
  const spec = LIST_SPECS[list];
  // A view saved now stores every column as "all" (none), else the visible ones (see ListViews).
  const allColumns = visible.length === spec.columns.length;
  return (
    <ClientMessages scopes={["savedViews"]}>
      <ListViews
        list={list}
        path={spec.path}
        views={views.map((view) => ({ ...view, href: viewHref(list, view) }))}
        newViewColumns={{ columns: parseColumns(list, allColumns ? [] : visible), count: spec.columns.length }}
        active={views.find((v) => v.id === query.view) ?? null}
        params={params}
        query={cleanViewQuery(list, params)}
        columns={spec.columns.map((key) => ({ key, label: t(COLUMN_LABEL[list](key)), fixed: spec.fixed.includes(key) }))}
        visible={visible}
      />
    </ClientMessages>
  );
}

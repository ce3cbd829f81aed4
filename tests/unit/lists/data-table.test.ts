import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, DataTableSkeleton, type DataTableProps } from "@/components/ui/data-table";

type Row = { id: string; name: string; revenue: number };
const rows: Row[] = [
  { id: "a", name: "Acme", revenue: 5 },
  { id: "b", name: "Beta", revenue: 3 },
];
const columns: DataTableProps<Row, "name" | "revenue">["columns"] = [
  { key: "name", header: "Account", sortKey: "name", cell: (r) => r.name },
  { key: "revenue", header: "Revenue", sortKey: "revenue", align: "right", hideBelow: "md", cell: (r) => r.revenue },
  false,
];
const render = (props: Partial<DataTableProps<Row, "name" | "revenue">>) =>
  renderToStaticMarkup(h(DataTable<Row, "name" | "revenue">, { caption: "Accounts", columns, rows, rowKey: (r) => r.id, ...props } as DataTableProps<Row, "name" | "revenue">));

describe("DataTable", () => {
  it("renders sortable headers as links that keep the other params, set sort/dir and reset the page", () => {
    const html = render({ sort: { basePath: "/accounts", params: { owner: "all", page: "2" }, current: { sort: "revenue", dir: "desc" }, firstDirs: { name: "desc" } } });
    expect(html).toContain('href="/accounts?owner=all&amp;sort=name&amp;dir=desc"');
    expect(html).toContain('href="/accounts?owner=all&amp;sort=revenue&amp;dir=asc"');
    expect(html.match(/aria-sort="[a-z]+"/g)).toEqual(['aria-sort="descending"']);
    expect(html).toContain('<caption class="sr-only">Accounts</caption>');
  });

  it("aligns, hides below a breakpoint, scrolls in its own container, and leaves out falsy columns", () => {
    const html = render({});
    // The table scrolls inside its own container, which the keyboard can focus to scroll it.
    expect(html).toMatch(/^<div class="[^"]*\boverflow-x-auto\b[^"]*" tabindex="0"/);
    // Right-aligned figures, shown from `md` on (classes in app/globals.css); the padding comes from the table's class.
    expect(html).toContain('class="cell-num from-md">5</td>');
    expect(html).toMatch(/<table class="dt-card /);
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).not.toContain("<a ");
  });

  it("shows the empty state instead of the table when there are no rows", () => {
    const card = render({ rows: [], empty: { title: "No accounts match", hint: "Change the filters.", href: "/accounts?owner=all", linkLabel: "Clear filters" } });
    expect(card).not.toContain("<table");
    expect(card).toContain("<h2");
    expect(card).toContain("No accounts match");
    expect(card).toContain('href="/accounts?owner=all"');
    const plain = render({ rows: [], variant: "plain", empty: { title: "No orders yet." } });
    expect(plain).not.toContain("<h2");
    expect(plain).toContain("No orders yet.");
    expect(render({ rows: [] })).toContain("<tbody");
  });

  it("labels the table, renders a footer row header, detail rows and test ids", () => {
    const html = render({
      caption: undefined,
      label: "Orders",
      footer: { name: "Total", revenue: 8 },
      rowDetail: (r) => (r.id === "a" ? "details of a" : null),
      rowTestId: () => "row",
      testId: "orders",
      bodyTestId: "order-rows",
    } as Partial<DataTableProps<Row, "name" | "revenue">>);
    expect(html).toContain('aria-label="Orders"');
    expect(html).toContain('data-testid="orders"');
    expect(html).toContain('<tbody class="divide-y divide-slate-100" data-testid="order-rows">');
    expect(html).toMatch(/<tfoot[^>]*><tr><th scope="row"[^>]*>Total<\/th>/);
    expect(html).toContain('<td colSpan="2"');
    expect(html.match(/data-testid="row"/g)).toHaveLength(2);
  });

  it("has a skeleton for loading.tsx that is not a table", () => {
    const html = renderToStaticMarkup(h(DataTableSkeleton, { label: "Loading…", columns: ["Account", "Owner"], rows: 3 }));
    expect(html).not.toContain("<table");
    expect(html).toContain('role="status"');
    expect(html).toContain("Loading…");
    expect(html).toContain("Account");
  });
});

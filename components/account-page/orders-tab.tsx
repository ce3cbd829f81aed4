import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { getAccountOrders, ORDER_PAGE_SIZE } from "@/lib/account-page";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { OrdersChart } from "./orders-chart";
import { ClvSection } from "./clv-section";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Facts, Section } from "@/components/ui/section";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** Revenue and margin by month, the account's RFM values and its orders, 25 per page, newest first. */
export async function OrdersTab({ accountId, page }: { accountId: string; page: number }) {
  const { t, locale } = await getI18n();
  const { monthly, total, rfm, orders } = await getAccountOrders(getDb(), accountId, { page, asOf: new Date() });
  const hasChartData = monthly.some((row) => row.revenue !== 0 || row.margin !== 0);
  const segment = rfm.rfmSegment && rfm.rfmSegment in RFM_SEGMENTS ? RFM_SEGMENTS[rfm.rfmSegment as RfmSegment] : null;
  const columns: Column<(typeof orders)[number]>[] = [
    { key: "date", header: t("accountPage.orders.date"), className: "whitespace-nowrap", cell: (order) => formatDate(locale, order.orderDate) },
    { key: "ref", header: t("accountPage.orders.ref"), className: "font-mono text-xs", cell: (order) => order.externalRef },
    { key: "category", header: t("accountPage.orders.category"), hideBelow: "sm", cell: (order) => order.productCategory },
    { key: "amount", header: t("accountPage.orders.amount"), align: "right", className: "whitespace-nowrap", cell: (order) => formatMoney(locale, order.amount) },
    { key: "margin", header: t("accountPage.orders.margin"), align: "right", className: "whitespace-nowrap", cell: (order) => formatMoney(locale, order.margin) },
  ];
  return (
    <ClientMessages scopes={["accountPage.orders"]}>
      <div className="space-y-4">
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <Section id="orders-chart" title={t("accountPage.orders.chartTitle")}>
              {hasChartData ? <OrdersChart data={monthly} /> : <p className="text-sm text-slate-500">{t("accountPage.orders.chartEmpty")}</p>}
            </Section>
          </div>
          <Section id="orders-rfm" title={t("accountPage.orders.rfmTitle")}>
            <Facts
              items={[
                { label: t("accountPage.rfm.recencyDays"), value: formatNumber(locale, rfm.recencyDays) },
                { label: t("accountPage.rfm.frequency"), value: formatNumber(locale, rfm.frequency) },
                { label: t("accountPage.rfm.monetary"), value: formatMoney(locale, rfm.monetary) },
                { label: t("accountPage.rfm.r"), value: rfm.r ?? "—" },
                { label: t("accountPage.rfm.f"), value: rfm.f ?? "—" },
                { label: t("accountPage.rfm.m"), value: rfm.m ?? "—" },
                { label: t("accountPage.rfm.segment"), value: segment?.label[locale] ?? "—" },
                { label: t("accountPage.rfm.orderCount"), value: formatNumber(locale, total) },
              ]}
            />
          </Section>
        </div>
        <ClvSection accountId={accountId} />
        <Section
          id="orders-list"
          title={t("accountPage.orders.listTitle")}
          actions={<a href={`/accounts/${accountId}/export/orders`} className={buttonClass("secondary", "sm")}>{t("csvImport.export.orders")}</a>}
        >
          <DataTable
            variant="plain"
            columns={columns}
            rows={orders}
            rowKey={(order) => order.id}
            labelledBy="orders-list"
            empty={{ title: t("accountPage.orders.empty") }}
          />
          {total > 0 && <Pagination basePath={`/accounts/${accountId}`} params={{ tab: "orders" }} page={page} pageSize={ORDER_PAGE_SIZE} total={total} />}
        </Section>
      </div>
    </ClientMessages>
  );
}

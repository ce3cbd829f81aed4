import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { getAccountOrders, ORDER_PAGE_SIZE } from "@/lib/db/account-detail";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { OrdersChart } from "./orders-chart";
import { Facts, num, Section, td, th } from "@/components/ui/section";

/** Revenue and margin by month, the account's RFM values and its orders, 25 per page, newest first. */
export async function OrdersTab({ accountId, page }: { accountId: string; page: number }) {
  const { t, locale } = await getI18n();
  const { monthly, total, rfm, orders } = await getAccountOrders(getDb(), accountId, { page, asOf: new Date() });
  const hasChartData = monthly.some((row) => row.revenue !== 0 || row.margin !== 0);
  const segment = rfm.rfmSegment && rfm.rfmSegment in RFM_SEGMENTS ? RFM_SEGMENTS[rfm.rfmSegment as RfmSegment] : null;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Section id="orders-chart" title={t("accountDetail.orders.chartTitle")}>
            {hasChartData ? <OrdersChart data={monthly} /> : <p className="text-sm text-slate-500">{t("accountDetail.orders.chartEmpty")}</p>}
          </Section>
        </div>
        <Section id="orders-rfm" title={t("accountDetail.orders.rfmTitle")}>
          <Facts
            items={[
              { label: t("accountDetail.rfm.recencyDays"), value: formatNumber(locale, rfm.recencyDays) },
              { label: t("accountDetail.rfm.frequency"), value: formatNumber(locale, rfm.frequency) },
              { label: t("accountDetail.rfm.monetary"), value: formatMoney(locale, rfm.monetary) },
              { label: t("accountDetail.rfm.r"), value: rfm.r ?? "—" },
              { label: t("accountDetail.rfm.f"), value: rfm.f ?? "—" },
              { label: t("accountDetail.rfm.m"), value: rfm.m ?? "—" },
              { label: t("accountDetail.rfm.segment"), value: segment?.label[locale] ?? "—" },
              { label: t("accountDetail.rfm.orderCount"), value: formatNumber(locale, total) },
            ]}
          />
        </Section>
      </div>
      <Section
        id="orders-list"
        title={t("accountDetail.orders.listTitle")}
        actions={<a href={`/accounts/${accountId}/export/orders`} className={buttonClass("secondary", "sm")}>{t("csvImport.export.orders")}</a>}
      >
        {total === 0 ? (
          <p className="text-sm text-slate-500">{t("accountDetail.orders.empty")}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full">
                <thead className="border-b border-slate-200">
                  <tr>
                    <th scope="col" className={th}>{t("accountDetail.orders.date")}</th>
                    <th scope="col" className={th}>{t("accountDetail.orders.ref")}</th>
                    <th scope="col" className={th}>{t("accountDetail.orders.category")}</th>
                    <th scope="col" className={`${th} ${num}`}>{t("accountDetail.orders.amount")}</th>
                    <th scope="col" className={`${th} ${num}`}>{t("accountDetail.orders.margin")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {orders.map((order) => (
                    <tr key={order.id}>
                      <td className={td}>{formatDate(locale, order.orderDate)}</td>
                      <td className={`${td} font-mono text-xs`}>{order.externalRef}</td>
                      <td className={td}>{order.productCategory}</td>
                      <td className={`${td} ${num}`}>{formatMoney(locale, order.amount)}</td>
                      <td className={`${td} ${num}`}>{formatMoney(locale, order.margin)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination basePath={`/accounts/${accountId}`} params={{ tab: "orders" }} page={page} pageSize={ORDER_PAGE_SIZE} total={total} />
          </>
        )}
      </Section>
    </div>
  );
}

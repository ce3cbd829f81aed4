import type { CsvColumnSpec } from "./columns";

/**
 * Columns of the orders CSV, in the order the export writes them (headers are the keys). The import also
 * accepts the English and Chinese names people use; the account is named by id or by name.
 */
export const ORDER_CSV_COLUMNS = [
  { key: "accountId", aliases: ["account id", "客户ID", "客户编号", "客户编码"] },
  { key: "account", aliases: ["account name", "customer", "customer name", "客户", "客户名称", "名称"] },
  { key: "orderDate", aliases: ["date", "order date", "日期", "订单日期", "下单日期"], required: true },
  { key: "amount", aliases: ["order amount", "revenue", "金额", "订单金额", "销售额"], required: true },
  { key: "margin", aliases: ["gross margin", "profit", "毛利", "利润", "毛利额"], required: true },
  { key: "productCategory", aliases: ["category", "product category", "product", "产品类别", "产品类型", "品类"], required: true },
  { key: "externalRef", aliases: ["external reference", "order number", "order no", "reference", "ref", "外部编号", "订单号", "订单编号"], required: true },
] as const satisfies readonly CsvColumnSpec[];

export type OrderCsvKey = (typeof ORDER_CSV_COLUMNS)[number]["key"];

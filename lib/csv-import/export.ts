import "server-only";
import { CONTACT_CSV_COLUMNS } from "@/lib/csv/contact-columns";
import { ORDER_CSV_COLUMNS } from "@/lib/csv/order-columns";
import { guardFormula, numberCell } from "@/lib/csv/values";
import { toCsv, type CsvCell } from "@/lib/csv/write";
import type { ReadDb } from "@/lib/db/read-only";

/**
 * An account's contacts and orders as CSV in exactly the columns the import reads (headers are the keys), with
 * a UTF-8 BOM so Excel shows Chinese text; importing the file again changes nothing.
 */
export type CsvExport = { filename: string; csv: string };

const text = (value: string | null | undefined) => guardFormula(value);
const fileName = (account: string, what: string) => `${account.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "account"}-${what}.csv`;

export async function exportAccountContacts(db: ReadDb, accountId: string): Promise<CsvExport | null> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { id: true, name: true, contacts: { orderBy: [{ level: "asc" }, { name: "asc" }] } },
  });
  if (!account) return null;
  const rows: CsvCell[][] = account.contacts.map((c) => [
    c.id, account.id, text(account.name), text(c.name), text(c.title), text(c.department), c.function, c.level, c.buyingRole,
    c.personalityType, c.attitude, c.relationshipStrength, text(c.email), text(c.phone), text(c.explicitNeeds), text(c.implicitNeeds),
  ]);
  return { filename: fileName(account.name, "contacts"), csv: toCsv([CONTACT_CSV_COLUMNS.map((c) => c.key), ...rows], { bom: true }) };
}

type OrderRow = { orderDate: string; amount: string; margin: string; productCategory: string; externalRef: string };

export async function exportAccountOrders(db: ReadDb, accountId: string): Promise<CsvExport | null> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { id: true, name: true } });
  if (!account) return null;
  // Dates and decimals as text straight from Postgres: exact, and independent of the server's time zone.
  const orders = await db.$queryRaw<OrderRow[]>`
    SELECT to_char("orderDate", 'YYYY-MM-DD') AS "orderDate", amount::text AS amount, margin::text AS margin,
      "productCategory", "externalRef"
    FROM "Order" WHERE "accountId" = ${accountId}
    ORDER BY "orderDate", "externalRef"`;
  const rows: CsvCell[][] = orders.map((o) => [
    account.id, text(account.name), o.orderDate, numberCell(o.amount), numberCell(o.margin), text(o.productCategory), text(o.externalRef),
  ]);
  return { filename: fileName(account.name, "orders"), csv: toCsv([ORDER_CSV_COLUMNS.map((c) => c.key), ...rows], { bom: true }) };
}

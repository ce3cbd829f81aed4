import "server-only";
import { z } from "zod";
import type { ReadDb } from "@/lib/db/read-only";
import { notFound } from "@/lib/errors/app-error";
import type { Order, Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/validation/fields";
import { afterCursor, day, decimal, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiOrder = z
  .object({
    id: out.id(),
    accountId: z.string(),
    externalRef: z.string().meta({ description: "The ERP's order number, unique per account." }),
    orderDate: out.day(),
    amount: out.decimal(),
    margin: out.decimal(),
    productCategory: z.string(),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "Order" });

export const ZApiOrderPage = z.object({ data: z.array(ZApiOrder), ...ZPageMeta }).meta({ id: "OrderPage" });

export const orderJson = (o: Order): z.infer<typeof ZApiOrder> => ({
  id: o.id, accountId: o.accountId, externalRef: o.externalRef, orderDate: day(o.orderDate), amount: decimal(o.amount), margin: decimal(o.margin),
  productCategory: o.productCategory, createdAt: iso(o.createdAt), updatedAt: iso(o.updatedAt),
});

const dayParam = (description: string) => isoDay().optional().meta({ type: "string", format: "date", description });

export const ZApiOrderListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the orders of this account." }),
  externalRef: z.string().max(100).optional(),
  orderDateFrom: dayParam("Orders on or after this day (YYYY-MM-DD)."),
  orderDateTo: dayParam("Orders on or before this day (YYYY-MM-DD)."),
});

export async function listOrders(db: ReadDb, q: z.infer<typeof ZApiOrderListQuery>) {
  const orderDate = q.orderDateFrom || q.orderDateTo
    ? { gte: q.orderDateFrom ? new Date(`${q.orderDateFrom}T00:00:00Z`) : undefined, lte: q.orderDateTo ? new Date(`${q.orderDateTo}T00:00:00Z`) : undefined }
    : undefined;
  const where: Prisma.OrderWhereInput = {
    AND: [
      afterCursor("updatedAt", q.cursor),
      q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, externalRef: q.externalRef, orderDate },
    ],
  };
  const rows = await db.order.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (o) => ({ at: o.updatedAt, id: o.id }));
  return { data: page.data.map(orderJson), nextCursor: page.nextCursor };
}

export async function getOrder(db: ReadDb, id: string) {
  const order = await db.order.findUnique({ where: { id } });
  if (!order) throw notFound();
  return orderJson(order);
}

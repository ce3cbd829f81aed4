import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

/** An account with a unique name; anything of the Account model can be overridden. */
export async function createAccount(
  db: Db,
  { ownerId, ...overrides }: { ownerId: string } & Partial<Omit<Prisma.AccountUncheckedCreateInput, "ownerId">>,
) {
  sequence += 1;
  return db.account.create({
    data: {
      name: `Test Account ${sequence}-${Date.now()}`,
      industry: "Manufacturing",
      region: "East China",
      country: "CN",
      size: "MEDIUM",
      ownerId,
      ...overrides,
    },
  });
}

/** One order line; `margin` defaults to 25 % of the amount, `externalRef` to a unique number. */
export type OrderSpec = { date: Date | string; amount: number | string; margin?: number | string; externalRef?: string };

/** Inserts the orders of one account in one statement; dates may be `YYYY-MM-DD` (stored as a UTC day). */
export async function createOrders(db: Db, accountId: string, orders: readonly OrderSpec[]) {
  return db.order.createMany({
    data: orders.map((order) => {
      sequence += 1;
      return {
        accountId,
        orderDate: new Date(order.date),
        amount: order.amount,
        margin: order.margin ?? Math.round(Number(order.amount) * 25) / 100,
        productCategory: "Components",
        externalRef: order.externalRef ?? `T-${sequence}`,
      };
    }),
  });
}

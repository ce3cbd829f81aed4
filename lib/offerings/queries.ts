import "server-only";
import type { ReadDb } from "@/lib/db/read-only";

/** The catalogue as the admin page shows it: product lines in order, each with its offerings in order. */
export async function loadCatalogue(db: ReadDb) {
  return db.productLine.findMany({
    orderBy: [{ position: "asc" }, { nameEn: "asc" }],
    select: {
      id: true, nameEn: true, nameZh: true, position: true,
      offerings: {
        orderBy: [{ position: "asc" }, { nameEn: "asc" }],
        select: { id: true, nameEn: true, nameZh: true, productCategories: true, active: true, position: true, _count: { select: { cells: true } } },
      },
    },
  });
}
export type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

/** The product categories the orders use, alphabetically: what an offering may cover. */
export async function orderCategories(db: ReadDb): Promise<string[]> {
  const rows = await db.order.groupBy({ by: ["productCategory"], orderBy: { productCategory: "asc" } });
  return rows.map((row) => row.productCategory);
}

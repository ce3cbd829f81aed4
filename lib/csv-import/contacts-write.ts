import "server-only";
import type { TContactInput } from "@/lib/contacts/schemas";
import type { Tx } from "../db/prisma";

/** Updates many contacts in ONE statement (a column array per field), instead of one query per row. */
export async function updateContacts(tx: Tx, rows: (TContactInput & { id: string })[]) {
  if (rows.length === 0) return;
  const col = <K extends keyof TContactInput>(key: K) => rows.map((r) => r[key] ?? null);
  await tx.$executeRaw`
    UPDATE "Contact" c SET
      name = u.name, title = u.title, department = u.department,
      "function" = u.fn::"ContactFunction", level = u.level::"ContactLevel",
      "buyingRole" = u.br::"BuyingRole", "personalityType" = u.pt::"PersonalityType", attitude = u.att::"Attitude",
      "relationshipStrength" = u.rs, email = u.email, phone = u.phone,
      "explicitNeeds" = u.ex, "implicitNeeds" = u.im, "updatedAt" = now()
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${col("name")}::text[], ${col("title")}::text[], ${col("department")}::text[],
      ${col("function")}::text[], ${col("level")}::text[], ${col("buyingRole")}::text[], ${col("personalityType")}::text[],
      ${col("attitude")}::text[], ${col("relationshipStrength")}::int[], ${col("email")}::text[], ${col("phone")}::text[],
      ${col("explicitNeeds")}::text[], ${col("implicitNeeds")}::text[]
    ) AS u(id, name, title, department, fn, level, br, pt, att, rs, email, phone, ex, im)
    WHERE c.id = u.id`;
}

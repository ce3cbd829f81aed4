import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import type { Locale } from "@/lib/domain";
import { Quadrant } from "@/lib/generated/prisma/enums";
import { defaultTemplateContent } from "./defaults";
import { ZTemplateContent, type TTemplateContent } from "./schemas";

export type QuadrantTemplate = { quadrant: Quadrant; id: string | null; content: TTemplateContent; stored: boolean; updatedAt: Date | null };

/**
 * The stored template's content, or the default derived from the quadrant's strategy when none is stored (or the
 * stored Json no longer fits the schema, which only a hand-edited row could cause).
 */
function resolve(quadrant: Quadrant, row: { id: string; content: unknown; updatedAt: Date } | undefined, locale: Locale): QuadrantTemplate {
  const parsed = row ? ZTemplateContent.safeParse(row.content) : null;
  if (row && parsed?.success) return { quadrant, id: row.id, content: parsed.data, stored: true, updatedAt: row.updatedAt };
  return { quadrant, id: row?.id ?? null, content: defaultTemplateContent(quadrant, locale), stored: false, updatedAt: row?.updatedAt ?? null };
}

/** All four quadrants' templates, for the admin page. */
export async function loadPlanTemplates(db: ReadDb, locale: Locale): Promise<QuadrantTemplate[]> {
  const rows = await db.planTemplate.findMany({ select: { id: true, quadrant: true, content: true, updatedAt: true } });
  return Object.values(Quadrant).map((quadrant) => resolve(quadrant, rows.find((r) => r.quadrant === quadrant), locale));
}

/** The template a new plan of an account in `quadrant` starts from; none without a quadrant (blank plan). */
export async function templateForQuadrant(db: ReadDb, quadrant: Quadrant | null, locale: Locale): Promise<QuadrantTemplate | null> {
  if (!quadrant) return null;
  const row = await db.planTemplate.findUnique({ where: { quadrant }, select: { id: true, content: true, updatedAt: true } });
  return resolve(quadrant, row ?? undefined, locale);
}

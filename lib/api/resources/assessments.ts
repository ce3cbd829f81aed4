import "server-only";
import { z } from "zod";
import type { ReadDb } from "@/lib/db/read-only";
import { notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FactorDimension, ModelPurpose, Quadrant } from "@/lib/generated/prisma/enums";
import { afterCursor, decimal, decimalOrNull, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiAssessment = z
  .object({
    id: out.id(),
    accountId: z.string(),
    model: z.object({ id: z.string(), purpose: z.enum(ModelPurpose), version: z.number().int(), name: z.string() }),
    assessorId: z.string(),
    assessedAt: out.dateTime(),
    comment: z.string().nullable(),
    attractiveness: out.decimal().nullable(),
    strength: out.decimal().nullable(),
    attractivenessCompleteness: out.decimal(),
    strengthCompleteness: out.decimal(),
    compositeScore: out.decimal().nullable(),
    quadrant: z.enum(Quadrant).nullable(),
    scores: z.array(
      z.object({ factorKey: z.string(), dimension: z.enum(FactorDimension), score: out.decimal().nullable(), comment: z.string().nullable() }),
    ),
  })
  .meta({ id: "Assessment" });

export const ZApiAssessmentPage = z.object({ data: z.array(ZApiAssessment), ...ZPageMeta }).meta({ id: "AssessmentPage" });

const SELECT = {
  id: true, accountId: true, assessorId: true, assessedAt: true, comment: true, attractiveness: true, strength: true,
  attractivenessCompleteness: true, strengthCompleteness: true, compositeScore: true, quadrant: true,
  model: { select: { id: true, purpose: true, version: true, name: true } },
  scores: { select: { score: true, comment: true, factor: { select: { key: true, dimension: true, position: true } } } },
} as const satisfies Prisma.AssessmentSelect;

type Row = Prisma.AssessmentGetPayload<{ select: typeof SELECT }>;

const assessmentJson = (a: Row): z.infer<typeof ZApiAssessment> => ({
  id: a.id, accountId: a.accountId, model: a.model, assessorId: a.assessorId, assessedAt: iso(a.assessedAt), comment: a.comment,
  attractiveness: decimalOrNull(a.attractiveness), strength: decimalOrNull(a.strength),
  attractivenessCompleteness: decimal(a.attractivenessCompleteness), strengthCompleteness: decimal(a.strengthCompleteness),
  compositeScore: decimalOrNull(a.compositeScore), quadrant: a.quadrant,
  scores: [...a.scores]
    .sort((x, y) => x.factor.position - y.factor.position)
    .map((s) => ({ factorKey: s.factor.key, dimension: s.factor.dimension, score: decimalOrNull(s.score), comment: s.comment })),
});

/** Assessments are never changed once made (history): ordered by (assessedAt, id); `updatedSince` reads assessedAt. */
export const ZApiAssessmentListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the assessments of this account." }),
  purpose: z.enum(ModelPurpose).optional(),
});

export async function listAssessments(db: ReadDb, q: z.infer<typeof ZApiAssessmentListQuery>) {
  const where: Prisma.AssessmentWhereInput = {
    AND: [
      afterCursor("assessedAt", q.cursor),
      q.updatedSince ? { assessedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, model: q.purpose ? { purpose: q.purpose } : undefined },
    ],
  };
  const rows = await db.assessment.findMany({ where, select: SELECT, orderBy: [{ assessedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (a) => ({ at: a.assessedAt, id: a.id }));
  return { data: page.data.map(assessmentJson), nextCursor: page.nextCursor };
}

export async function getAssessment(db: ReadDb, id: string) {
  const row = await db.assessment.findUnique({ where: { id }, select: SELECT });
  if (!row) throw notFound();
  return assessmentJson(row);
}

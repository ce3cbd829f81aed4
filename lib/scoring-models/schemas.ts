import { z } from "zod";
import { ATTRACTIVENESS_GROUP_KEYS, DIMENSIONS, SELECTION_CRITERION_KEYS, STRENGTH_GROUP_KEYS, THRESHOLD_MODES } from "@/lib/scoring";
import { blankToNull, optionalText, requiredText, ZId } from "@/lib/validation/fields";
import { enumFilter, ownerParam, pageParam, searchParam, sortParams, urlInt } from "@/lib/lists/query";

// ───────────── URL contracts of the scoring pages ─────────────

export const SCORING_PAGE_SIZE = 25;
export const DEFAULT_STALE_DAYS = 90;
export const PORTFOLIO_SORT_KEYS = ["name", "date", "version", "attractiveness", "strength", "completeness", "quadrant"] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];
export const IDENTIFICATION_SHOWS = ["all", "proposed", "unconfirmed", "key"] as const;


/**
 * `/scoring`: the accounts to assess, or (`view=portfolio`) the portfolio's latest assessments. Without `owner` a
 * manager sees his own accounts (`withDefaultOwner` of lib/lists/query).
 */
export const ZScoringListQuery = z.object({
  view: enumFilter(["assess", "portfolio"]),
  owner: ownerParam,
  days: urlInt(1, 3650, 6),
  ...sortParams(PORTFOLIO_SORT_KEYS),
  page: pageParam,
});
export type TScoringListQuery = z.infer<typeof ZScoringListQuery>;

/** `/scoring/identification`: the ranking (filtered by `show` and a name search) or the fit tab. */
export const ZIdentificationQuery = z.object({
  view: enumFilter(["ranking", "fit"]),
  show: enumFilter(IDENTIFICATION_SHOWS),
  q: searchParam,
  page: pageParam,
});
export type TIdentificationQuery = z.infer<typeof ZIdentificationQuery>;

/** `/admin/scoring`: which model's versions and draft to show (`model=selection`, else the matrix). */
export const ZModelAdminQuery = z.object({
  model: enumFilter(["matrix", "selection"]),
});

// ───────────── assessing an account ─────────────

const id = ZId;

// ───────────── model editing (admin) ─────────────

export const ATTRACTIVENESS_GROUPS = ATTRACTIVENESS_GROUP_KEYS;
export const STRENGTH_GROUPS = STRENGTH_GROUP_KEYS;
export const SELECTION_CRITERIA = SELECTION_CRITERION_KEYS;
export const MODEL_PURPOSES = ["MATRIX", "KEY_ACCOUNT_SELECTION"] as const;

/** Weights are percent of their dimension; rounding to cents leaves room for 33.33 + 33.33 + 33.34. */
const WEIGHT_TOLERANCE = 0.001;
export const weightTotal = (weights: readonly number[]) => Math.round(weights.reduce((sum, w) => sum + w, 0) * 100) / 100;
export const totalsHundred = (weights: readonly number[]) => Math.abs(weightTotal(weights) - 100) < WEIGHT_TOLERANCE;

const weight = z.coerce
  .number({ error: "validation.notANumber" })
  .finite("validation.notANumber")
  .min(0, "validation.tooSmall")
  .max(100, "validation.tooBig")
  .transform((n) => Math.round(n * 100) / 100);
const label = requiredText(200);
const help = optionalText(1000, { multiline: true });
const factorKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,49}$/, "admin.errors.factorKey");
const scaleEnd = z.coerce.number({ error: "validation.notANumber" }).int("validation.invalid").min(0, "validation.tooSmall").max(100, "validation.tooBig");
/** Thresholds are Decimal(6, 2): within ±9999.99 whatever the mode (FIXED ones must also lie on the scale). */
const threshold = z.preprocess(
  blankToNull,
  z.coerce.number({ error: "validation.notANumber" }).finite("validation.notANumber").min(-9999.99, "validation.tooSmall").max(9999.99, "validation.tooBig").nullable(),
);

export const ZMatrixFactor = z.object({
  key: factorKey,
  dimension: z.enum(DIMENSIONS),
  groupKey: z.enum([...ATTRACTIVENESS_GROUPS, ...STRENGTH_GROUPS]),
  labelEn: label,
  labelZh: label,
  helpEn: help,
  helpZh: help,
  weight,
  inverted: z.boolean(),
});
export type TMatrixFactor = z.infer<typeof ZMatrixFactor>;

/**
 * A matrix draft as the editor sends it, factors in display order. Rules that span fields: each dimension has
 * factors whose weights total 100 %, a group belongs to its factor's dimension, keys are unique, the scale is a
 * real interval, and FIXED thresholds lie on it.
 */
export const ZMatrixDraft = z
  .object({
    modelId: id,
    name: label,
    scaleMin: scaleEnd,
    scaleMax: scaleEnd,
    thresholdMode: z.enum(THRESHOLD_MODES),
    attractivenessThreshold: threshold,
    strengthThreshold: threshold,
    factors: z.array(ZMatrixFactor).min(2, "admin.errors.noFactors").max(100),
  })
  .superRefine((draft, ctx) => {
    for (const dimension of ["ATTRACTIVENESS", "STRENGTH"] as const) {
      const weights = draft.factors.filter((f) => f.dimension === dimension).map((f) => f.weight);
      if (!totalsHundred(weights)) ctx.addIssue({ code: "custom", path: ["weights", dimension], message: "admin.errors.weightsTotal" });
    }
    const seen = new Set<string>();
    draft.factors.forEach((factor, index) => {
      if (seen.has(factor.key)) ctx.addIssue({ code: "custom", path: ["factors", index, "key"], message: "admin.errors.duplicateKey" });
      seen.add(factor.key);
      const groups: readonly string[] = factor.dimension === "ATTRACTIVENESS" ? ATTRACTIVENESS_GROUPS : STRENGTH_GROUPS;
      if (!groups.includes(factor.groupKey)) ctx.addIssue({ code: "custom", path: ["factors", index, "groupKey"], message: "admin.errors.groupDimension" });
    });
    if (draft.scaleMin >= draft.scaleMax) ctx.addIssue({ code: "custom", path: ["scaleMax"], message: "admin.errors.scale" });
    if (draft.thresholdMode !== "FIXED") return;
    for (const axis of ["attractivenessThreshold", "strengthThreshold"] as const) {
      const value = draft[axis];
      if (value === null || value < draft.scaleMin || value > draft.scaleMax) {
        ctx.addIssue({ code: "custom", path: [axis], message: "admin.errors.threshold" });
      }
    }
  });
export type TMatrixDraft = z.infer<typeof ZMatrixDraft>;

export const ZSelectionCriterion = z.object({
  key: z.enum(SELECTION_CRITERIA),
  labelEn: label,
  labelZh: label,
  helpEn: help,
  helpZh: help,
  weight,
});
export type TSelectionCriterion = z.infer<typeof ZSelectionCriterion>;

/** The key-account selection draft: the four data-backed criteria (weight 0 drops one) and the top X %. */
export const ZSelectionDraft = z
  .object({
    modelId: id,
    name: label,
    topPercent: z.coerce.number({ error: "validation.notANumber" }).finite("validation.notANumber").min(0.1, "validation.tooSmall").max(100, "validation.tooBig"),
    criteria: z.array(ZSelectionCriterion).min(1, "admin.errors.noFactors").max(SELECTION_CRITERIA.length),
    potentialFromClv: z.boolean().default(false),
  })
  .superRefine((draft, ctx) => {
    if (!totalsHundred(draft.criteria.map((c) => c.weight))) ctx.addIssue({ code: "custom", path: ["weights", "SELECTION"], message: "admin.errors.weightsTotal" });
    const keys = draft.criteria.map((c) => c.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", path: ["criteria"], message: "admin.errors.duplicateKey" });
  });
export type TSelectionDraft = z.infer<typeof ZSelectionDraft>;

export const ZModelPurposeInput = z.object({ purpose: z.enum(MODEL_PURPOSES) });
export const ZModelRef = z.object({ modelId: id });

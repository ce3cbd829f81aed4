import { describe, expect, expectTypeOf, it } from "vitest";
import * as Prisma from "@/lib/generated/prisma/enums";
import {
  CHURN_SIGNAL_CODES,
  CHURN_SIGNAL_LABELS,
  COMPLAINT_SEVERITIES,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type ComplaintSeverity,
} from "@/lib/churn";
import { CONTACT_FUNCTIONS, CONTACT_LEVEL_LABELS, CONTACT_LEVELS, type ContactFunction, type ContactLevel } from "@/lib/coverage";
import { LOCALES, type Locale } from "@/lib/domain";
import { LOCALES as I18N_LOCALES, type Locale as I18nLocale } from "@/lib/i18n/config";
import { QUADRANT_KEYS, QUADRANTS, STRATEGIES, STRATEGY_KEYS, THRESHOLD_MODES, type Quadrant, type ThresholdMode } from "@/lib/matrix";
import {
  ATTITUDES,
  BUYING_ROLES,
  PERSONALITY_GUIDANCE,
  PERSONALITY_TYPES,
  type Attitude,
  type BuyingRole,
  type PersonalityType,
} from "@/lib/personality";
import { PLAN_ITEM_STATUSES, type PlanItemStatus } from "@/lib/plan-progress";
import { ABC_CLASSES, RFM_SEGMENT_KEYS, RFM_SEGMENTS } from "@/lib/rfm";
import { FACTOR_DIMENSIONS, type FactorDimension } from "@/lib/scoring";
import {
  STAGE_INFO,
  STAGES,
  UNCOUPLING_REASON_INFO,
  UNCOUPLING_REASONS,
  type Stage,
  type UncouplingReason,
} from "@/lib/stages";

/** Same members in any order, each once. */
function expectSameSet(tuple: readonly string[], values: readonly string[]) {
  expect(new Set(tuple).size).toBe(tuple.length);
  expect([...tuple].sort()).toEqual([...values].sort());
}

describe("engine vocabularies are exactly the Prisma enums", () => {
  it("types: each tuple's union and the engine's named type equal the Prisma enum union", () => {
    expectTypeOf<(typeof QUADRANT_KEYS)[number]>().toEqualTypeOf<Prisma.Quadrant>();
    expectTypeOf<Quadrant>().toEqualTypeOf<Prisma.Quadrant>();
    expectTypeOf<(typeof STAGES)[number]>().toEqualTypeOf<Prisma.RelationshipStage>();
    expectTypeOf<Stage>().toEqualTypeOf<Prisma.RelationshipStage>();
    expectTypeOf<(typeof UNCOUPLING_REASONS)[number]>().toEqualTypeOf<Prisma.UncouplingReason>();
    expectTypeOf<UncouplingReason>().toEqualTypeOf<Prisma.UncouplingReason>();
    expectTypeOf<(typeof CONTACT_LEVELS)[number]>().toEqualTypeOf<Prisma.ContactLevel>();
    expectTypeOf<ContactLevel>().toEqualTypeOf<Prisma.ContactLevel>();
    expectTypeOf<(typeof CONTACT_FUNCTIONS)[number]>().toEqualTypeOf<Prisma.ContactFunction>();
    expectTypeOf<ContactFunction>().toEqualTypeOf<Prisma.ContactFunction>();
    expectTypeOf<(typeof BUYING_ROLES)[number]>().toEqualTypeOf<Prisma.BuyingRole>();
    expectTypeOf<BuyingRole>().toEqualTypeOf<Prisma.BuyingRole>();
    expectTypeOf<(typeof PERSONALITY_TYPES)[number]>().toEqualTypeOf<Prisma.PersonalityType>();
    expectTypeOf<PersonalityType>().toEqualTypeOf<Prisma.PersonalityType>();
    expectTypeOf<(typeof ATTITUDES)[number]>().toEqualTypeOf<Prisma.Attitude>();
    expectTypeOf<Attitude>().toEqualTypeOf<Prisma.Attitude>();
    expectTypeOf<(typeof COMPLAINT_SEVERITIES)[number]>().toEqualTypeOf<Prisma.ComplaintSeverity>();
    expectTypeOf<ComplaintSeverity>().toEqualTypeOf<Prisma.ComplaintSeverity>();
    expectTypeOf<(typeof THRESHOLD_MODES)[number]>().toEqualTypeOf<Prisma.ThresholdMode>();
    expectTypeOf<ThresholdMode>().toEqualTypeOf<Prisma.ThresholdMode>();
    expectTypeOf<(typeof FACTOR_DIMENSIONS)[number]>().toEqualTypeOf<Prisma.FactorDimension>();
    expectTypeOf<FactorDimension>().toEqualTypeOf<Prisma.FactorDimension>();
    expectTypeOf<(typeof PLAN_ITEM_STATUSES)[number]>().toEqualTypeOf<Prisma.PlanItemStatus>();
    expectTypeOf<PlanItemStatus>().toEqualTypeOf<Prisma.PlanItemStatus>();
    expectTypeOf<(typeof LOCALES)[number]>().toEqualTypeOf<Prisma.Locale>();
    expectTypeOf<Locale>().toEqualTypeOf<Prisma.Locale>();
  });

  it.each([
    ["Quadrant (lib/matrix)", QUADRANT_KEYS, Prisma.Quadrant],
    ["RelationshipStage (lib/stages)", STAGES, Prisma.RelationshipStage],
    ["UncouplingReason (lib/stages)", UNCOUPLING_REASONS, Prisma.UncouplingReason],
    ["ContactLevel (lib/coverage)", CONTACT_LEVELS, Prisma.ContactLevel],
    ["ContactFunction (lib/coverage)", CONTACT_FUNCTIONS, Prisma.ContactFunction],
    ["BuyingRole (lib/personality)", BUYING_ROLES, Prisma.BuyingRole],
    ["PersonalityType (lib/personality)", PERSONALITY_TYPES, Prisma.PersonalityType],
    ["Attitude (lib/personality)", ATTITUDES, Prisma.Attitude],
    ["ComplaintSeverity (lib/churn)", COMPLAINT_SEVERITIES, Prisma.ComplaintSeverity],
    ["ThresholdMode (lib/scoring, lib/matrix)", THRESHOLD_MODES, Prisma.ThresholdMode],
    ["FactorDimension (lib/scoring)", FACTOR_DIMENSIONS, Prisma.FactorDimension],
    ["PlanItemStatus (lib/plan-progress)", PLAN_ITEM_STATUSES, Prisma.PlanItemStatus],
    ["Locale (lib/domain)", LOCALES, Prisma.Locale],
  ] as const)("values: %s", (_name, tuple, prismaEnum) => {
    expectSameSet(tuple, Object.values(prismaEnum));
  });

  it("i18n's languages are the engines' languages", () => {
    expect(I18N_LOCALES).toBe(LOCALES);
    expectTypeOf<I18nLocale>().toEqualTypeOf<Locale>();
  });
});

describe("vocabularies stored as text are closed and fully labelled", () => {
  it.each([
    ["quadrants", QUADRANT_KEYS, Object.keys(QUADRANTS)],
    ["strategies", STRATEGY_KEYS, Object.keys(STRATEGIES)],
    ["stages", STAGES, Object.keys(STAGE_INFO)],
    ["uncoupling reasons", UNCOUPLING_REASONS, Object.keys(UNCOUPLING_REASON_INFO)],
    ["contact levels", CONTACT_LEVELS, Object.keys(CONTACT_LEVEL_LABELS)],
    ["personality types", PERSONALITY_TYPES, Object.keys(PERSONALITY_GUIDANCE)],
    ["RFM segments", RFM_SEGMENT_KEYS, Object.keys(RFM_SEGMENTS)],
    ["risk levels", RISK_LEVELS, Object.keys(RISK_LEVEL_LABELS)],
    ["churn signals", CHURN_SIGNAL_CODES, Object.keys(CHURN_SIGNAL_LABELS)],
  ] as const)("%s", (_name, tuple, labelled) => {
    expectSameSet(tuple, labelled);
  });

  it("ABC classes are A, B, C in that order", () => {
    expect(ABC_CLASSES).toEqual(["A", "B", "C"]);
  });

  it("each quadrant's strategy is the strategy of the same position", () => {
    expect(QUADRANT_KEYS.map((quadrant) => QUADRANTS[quadrant].strategy)).toEqual([...STRATEGY_KEYS]);
  });
});

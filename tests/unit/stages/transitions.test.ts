import { describe, expect, it } from "vitest";
import {
  canTransition,
  STAGES,
  transitionTargets,
  UNCOUPLING_REASONS,
  type Stage,
  type TransitionRefusalCode,
} from "@/lib/stages";

const E = "EXPLORATORY", B = "BASIC", C = "COOPERATIVE", I = "INTERDEPENDENT", G = "INTEGRATED", D = "DISINTEGRATING";

/** Expected outcome of every move, with one valid reason supplied: "ok" or the refusal code. */
const TABLE: Record<Stage, Record<Stage, "ok" | TransitionRefusalCode>> = {
  [E]: { [E]: "SAME_STAGE", [B]: "ok", [C]: "ok", [I]: "ok", [G]: "ok", [D]: "ok" },
  [B]: { [E]: "ok", [B]: "SAME_STAGE", [C]: "ok", [I]: "ok", [G]: "ok", [D]: "ok" },
  [C]: { [E]: "ok", [B]: "ok", [C]: "SAME_STAGE", [I]: "ok", [G]: "ok", [D]: "ok" },
  [I]: { [E]: "ok", [B]: "ok", [C]: "ok", [I]: "SAME_STAGE", [G]: "ok", [D]: "ok" },
  [G]: { [E]: "ok", [B]: "ok", [C]: "ok", [I]: "ok", [G]: "SAME_STAGE", [D]: "ok" },
  [D]: {
    [E]: "ok",
    [B]: "RESTART_AT_EXPLORATORY",
    [C]: "RESTART_AT_EXPLORATORY",
    [I]: "RESTART_AT_EXPLORATORY",
    [G]: "RESTART_AT_EXPLORATORY",
    [D]: "SAME_STAGE",
  },
};

const pairs = STAGES.flatMap((from) => STAGES.map((to) => [from, to, TABLE[from][to]] as const));

describe("canTransition", () => {
  it("covers the full 6×6 table", () => expect(pairs).toHaveLength(36));

  it.each(pairs)("%s → %s with a reason: %s", (from, to, expected) => {
    const result = canTransition(from, to, { reasons: ["LACK_OF_TRUST"] });
    expect(result.ok ? "ok" : result.code).toBe(expected);
  });

  it.each(STAGES.filter((s) => s !== D))("refuses %s → DISINTEGRATING without a reason", (from) => {
    expect(canTransition(from, D)).toMatchObject({ ok: false, code: "REASON_REQUIRED" });
    expect(canTransition(from, D, { reasons: [] })).toMatchObject({ ok: false, code: "REASON_REQUIRED" });
  });

  it.each(UNCOUPLING_REASONS)("accepts uncoupling for reason %s", (reason) => {
    expect(canTransition(I, D, { reasons: [reason] })).toEqual({ ok: true });
  });

  it("refuses unknown reasons, even next to a valid one", () => {
    expect(canTransition(B, D, { reasons: ["PRICE"] })).toMatchObject({ ok: false, code: "UNKNOWN_REASON" });
    expect(canTransition(B, D, { reasons: ["LACK_OF_TRUST", "PRICE"] })).toMatchObject({
      code: "UNKNOWN_REASON",
    });
  });

  it("accepts several and repeated reasons", () => {
    const reasons = ["KEY_PERSON_CHANGE", "FINANCIAL_PROBLEMS", "KEY_PERSON_CHANGE"];
    expect(canTransition(G, D, { reasons }).ok).toBe(true);
  });

  it("ignores reasons on ladder moves and needs none to restart", () => {
    expect(canTransition(E, G, { reasons: ["PRICE"] }).ok).toBe(true);
    expect(canTransition(D, E).ok).toBe(true);
  });

  it("refuses values that are not stages", () => {
    expect(canTransition("NEW" as Stage, E)).toMatchObject({ ok: false, code: "UNKNOWN_STAGE" });
    expect(canTransition(E, "" as Stage)).toMatchObject({ ok: false, code: "UNKNOWN_STAGE" });
  });

  it("gives a bilingual message with every refusal", () => {
    const result = canTransition(D, B);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.zh).toContain("孕育阶段");
  });
});

describe("transitionTargets", () => {
  it.each(STAGES)("agrees with canTransition from %s", (from) => {
    const allowed = STAGES.filter((to) => canTransition(from, to, { reasons: ["QUALITY_PROBLEMS"] }).ok);
    expect(transitionTargets(from).map((t) => t.stage)).toEqual(allowed);
  });

  it("marks only DISINTEGRATING as needing reasons", () => {
    expect(transitionTargets(B).filter((t) => t.requiresReasons)).toEqual([{ stage: D, requiresReasons: true }]);
  });
});

import type { LocalizedText } from "../domain";
import type { Quadrant, Strategy } from "./types";

// The quadrants' and strategies' names and which strategy each quadrant follows: all a quadrant badge needs (the
// roles and recommended actions are in strategies.ts).
export const QUADRANT_LABELS: Record<Quadrant, LocalizedText> = {
  STAR: { en: "Star", zh: "明星" },
  CASH_COW: { en: "Cash cow", zh: "现金牛" },
  QUESTION: { en: "Question", zh: "问题" },
  DOG: { en: "Dog", zh: "瘦狗" },
};

export const QUADRANT_STRATEGY: Record<Quadrant, Strategy> = {
  STAR: "INVEST",
  CASH_COW: "MAINTAIN",
  QUESTION: "SELECTIVE",
  DOG: "HARVEST",
};

export const STRATEGY_LABELS: Record<Strategy, LocalizedText> = {
  INVEST: { en: "Invest", zh: "投资" },
  MAINTAIN: { en: "Maintain and motivate", zh: "维持、激励" },
  SELECTIVE: { en: "Selective investment", zh: "选择性投入" },
  HARVEST: { en: "Harvest", zh: "收割" },
};

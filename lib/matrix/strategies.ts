import type { Locale } from "../domain";
import { QUADRANT_LABELS, QUADRANT_STRATEGY, STRATEGY_LABELS } from "./labels";
import type { Quadrant, QuadrantInfo, Strategy, StrategyInfo } from "./types";

/**
 * The quadrants with their strategy: a Star (attractive, strong) is invested in, a Cash cow (strong, less
 * attractive) maintained, a Question (attractive, weak) invested in selectively, a Dog (neither) harvested.
 */
export const QUADRANTS: Record<Quadrant, QuadrantInfo> = {
  STAR: {
    key: "STAR", label: QUADRANT_LABELS.STAR, strategy: QUADRANT_STRATEGY.STAR,
    role: { en: "Strategic key account.", zh: "具有战略意义的关键客户。" },
  },
  CASH_COW: {
    key: "CASH_COW", label: QUADRANT_LABELS.CASH_COW, strategy: QUADRANT_STRATEGY.CASH_COW,
    role: { en: "Stable income; key accounts may be found here.", zh: "合作基础稳定,可从中发掘关键客户。" },
  },
  QUESTION: {
    key: "QUESTION", label: QUADRANT_LABELS.QUESTION, strategy: QUADRANT_STRATEGY.QUESTION,
    role: { en: "Attractive customer that deserves attention.", zh: "客户吸引力高,值得重视。" },
  },
  DOG: {
    key: "DOG", label: QUADRANT_LABELS.DOG, strategy: QUADRANT_STRATEGY.DOG,
    role: { en: "Not a key account.", zh: "不宜列入关键客户。" },
  },
};

/** Each strategy with its recommended actions, for the UI and as the objectives a new account plan starts from. */
export const STRATEGIES: Record<Strategy, StrategyInfo> = {
  INVEST: {
    key: "INVEST",
    label: STRATEGY_LABELS.INVEST,
    actions: [
      { en: "Investment-led growth", zh: "投资性增长" },
      { en: "Expand market regions and product lines", zh: "市场区域和产品线的扩张" },
      { en: "Differentiate and renew products", zh: "产品差异化、产品更新" },
      { en: "Expansive marketing", zh: "扩张性营销" },
    ],
  },
  MAINTAIN: {
    key: "MAINTAIN",
    label: STRATEGY_LABELS.MAINTAIN,
    actions: [
      { en: "Keep market position and keep operating", zh: "维持市场地位、持续经营" },
      { en: "Hold market share through product differentiation", zh: "通过产品差异化维持市场份额" },
      { en: "Drop weak product lines", zh: "放弃薄弱的产品线" },
      { en: "Control marketing cost", zh: "控制营销费用" },
    ],
  },
  SELECTIVE: {
    key: "SELECTIVE",
    label: STRATEGY_LABELS.SELECTIVE,
    actions: [
      { en: "Exploit market opportunities", zh: "充分利用市场机会" },
      { en: "Judge the customer's development potential", zh: "界定客户的开发潜力" },
      { en: "Push toward Star when resources allow", zh: "资源充足的情况下向“明星”推进" },
      { en: "Consider exit if our position is poor or cost/risk too high", zh: "若竞争地位不利或成本过高、风险太大,考虑退出" },
    ],
  },
  HARVEST: {
    key: "HARVEST",
    label: STRATEGY_LABELS.HARVEST,
    actions: [
      { en: "Maximise profit", zh: "追求盈利" },
      { en: "Maximise cash flow", zh: "最大化现金流" },
      { en: "Minimise marketing cost", zh: "最小化营销费用" },
      { en: "Exit loss-making accounts at once", zh: "客户出现亏损时马上退出" },
    ],
  },
};

export function strategyFor(quadrant: Quadrant): Strategy {
  return QUADRANT_STRATEGY[quadrant];
}

/** The objectives a new plan starts from: the recommended actions of the quadrant's strategy; none without one. */
export function strategyObjectives(quadrant: Quadrant | null, locale: Locale): string[] {
  if (!quadrant) return [];
  return STRATEGIES[strategyFor(quadrant)].actions.map((action) => action[locale]);
}

import { DEFAULT_ATTRACTIVENESS_FACTORS } from "./default-attractiveness";
import { DEFAULT_STRENGTH_FACTORS } from "./default-strength";
import { DEFAULT_SCALE, type FactorGroup, type MatrixModel, type SelectionModel } from "./types";

/** Factor groups of the two matrix axes: attractiveness groups first, then strength groups, in display order. */
export const FACTOR_GROUPS: FactorGroup[] = [
  { key: "CURRENT", dimension: "ATTRACTIVENESS", label: { en: "Current factors", zh: "现实因素" } },
  { key: "FUTURE", dimension: "ATTRACTIVENESS", label: { en: "Future factors", zh: "未来因素" } },
  { key: "COMPETITION", dimension: "ATTRACTIVENESS", label: { en: "Competition factors", zh: "竞争因素" } },
  { key: "SOCIAL", dimension: "ATTRACTIVENESS", label: { en: "Social / country factors", zh: "社会因素" } },
  { key: "CREDIT", dimension: "STRENGTH", label: { en: "Credit capability", zh: "资信能力" } },
  { key: "USP", dimension: "STRENGTH", label: { en: "Unique selling points", zh: "独特卖点" } },
  { key: "PEOPLE", dimension: "STRENGTH", label: { en: "People and organisation", zh: "人员和组织" } },
];

export const DIMENSION_LABELS = {
  ATTRACTIVENESS: { en: "Customer attractiveness", zh: "客户吸引力" },
  STRENGTH: { en: "Business strength", zh: "业务优势" },
} as const;

/** The portfolio-matrix model the app starts with; admins copy it into new versions to adapt it. */
export const DEFAULT_MATRIX_MODEL: MatrixModel = {
  key: "default-matrix",
  version: 1,
  name: { en: "Default portfolio matrix", zh: "默认客户组合矩阵" },
  scale: DEFAULT_SCALE,
  thresholdMode: "MIDPOINT",
  groups: FACTOR_GROUPS,
  factors: [...DEFAULT_ATTRACTIVENESS_FACTORS, ...DEFAULT_STRENGTH_FACTORS],
};

/**
 * Composite scoring (综合积分法): weighted criteria, top X % proposed. Sales volume weighs most because it is
 * the measured fact; the other three are judgements. 20 % follows the Pareto rule (20 % of the customers bring
 * most of the business).
 */
export const DEFAULT_SELECTION_MODEL: SelectionModel = {
  key: "default-selection",
  version: 1,
  scale: DEFAULT_SCALE,
  topPercent: 20,
  criteria: [
    { key: "SALES_VOLUME", weight: 40,
      label: { en: "Sales volume", zh: "销售额" },
      help: { en: "Revenue with the customer; derived from orders as a percentile of the portfolio.", zh: "与客户的销售额,可由订单按组合百分位换算。" } },
    { key: "POTENTIAL", weight: 30,
      label: { en: "Potential", zh: "潜力" },
      help: { en: "Room for future growth of our business with the customer (10 = very large).", zh: "与客户未来业务的增长空间(10 = 很大)。" } },
    { key: "REFERENCE_VALUE", weight: 15,
      label: { en: "Reference value", zh: "示范作用" },
      help: { en: "How much winning this customer helps win others in its industry (10 = strong showcase).", zh: "该客户对行业内其他客户的示范效应(10 = 很强)。" } },
    { key: "ABILITY_TO_WIN_AND_DELIVER", weight: 15,
      label: { en: "Ability to win and deliver", zh: "能赢能做" },
      help: { en: "Our chance to win the business and to deliver it well (10 = certain).", zh: "我方赢单并做好交付的把握(10 = 很有把握)。" } },
  ],
};

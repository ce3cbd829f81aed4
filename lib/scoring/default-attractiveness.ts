import type { ModelFactor } from "./types";

/**
 * Customer attractiveness (客户吸引力) factors of the default matrix model, in four groups: current, future,
 * competition and social (country) factors. Weights total 100; social factors weigh least because they only apply to international accounts and may stay unscored.
 * Every factor is scored 0–10 where 10 means "a lot of it"; the help text says so, and `inverted`
 * factors are mirrored so that a lot of them makes the account less attractive.
 */
export const DEFAULT_ATTRACTIVENESS_FACTORS: ModelFactor[] = [
  { key: "credit_standing", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 8, inverted: false,
    label: { en: "Credit standing", zh: "客户资信状况" },
    help: { en: "Creditworthiness and payment record of the customer (10 = excellent).", zh: "客户的信用与付款记录(10 = 极好)。" } },
  { key: "profit_margin", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 10, inverted: false,
    label: { en: "Profit margin of business with the customer", zh: "与客户交易的盈利空间" },
    help: { en: "Margin we can earn on this customer's business (10 = very high).", zh: "与该客户交易可获得的利润空间(10 = 很高)。" } },
  { key: "purchase_volume", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 10, inverted: false,
    label: { en: "Purchase volume", zh: "客户的采购规模" },
    help: { en: "Size of the customer's purchases in our categories (10 = very large).", zh: "客户在我方品类上的采购规模(10 = 很大)。" } },
  { key: "input_return_ratio", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 7, inverted: false,
    label: { en: "Our input/return ratio", zh: "卖方投入与回报的比例" },
    help: { en: "Return we get for what we invest in the customer (10 = high return).", zh: "我方投入所获回报的比例(10 = 回报很高)。" } },
  { key: "mutual_position", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 5, inverted: false,
    label: { en: "Mutual position / relationship", zh: "与客户的相互地位" },
    help: { en: "Balance and quality of the relationship between us and the customer (10 = strong).", zh: "双方的相互地位与关系(10 = 很好)。" } },
  { key: "industry_position", dimension: "ATTRACTIVENESS", group: "CURRENT", weight: 5, inverted: false,
    label: { en: "Industry position and influence", zh: "客户的行业地位和影响力" },
    help: { en: "Customer's standing and influence in its industry (10 = leader).", zh: "客户在行业中的地位和影响力(10 = 领先)。" } },
  { key: "growth_likelihood", dimension: "ATTRACTIVENESS", group: "FUTURE", weight: 15, inverted: false,
    label: { en: "Likelihood of continued business growth", zh: "业务持续发展的可能性" },
    help: {
      en: "Consider the customer's operating condition, its supplier-selection preference, its attention to us and its willingness to cooperate (10 = very likely).",
      zh: "考虑①客户的经营状况 ②客户选择供应商的偏好 ③客户对卖方的关注程度 ④客户的合作意愿(10 = 很可能)。",
    } },
  { key: "learning_effect", dimension: "ATTRACTIVENESS", group: "FUTURE", weight: 10, inverted: false,
    label: { en: "Learning and development effect for us", zh: "客户对卖方的学习与发展效应" },
    help: { en: "How much working with this customer makes us learn and grow (10 = a lot).", zh: "与该客户合作对我方学习和发展的促进(10 = 很大)。" } },
  { key: "competitor_count", dimension: "ATTRACTIVENESS", group: "COMPETITION", weight: 7, inverted: true,
    label: { en: "Number of competitors", zh: "竞争者的数量" },
    help: { en: "How many competitors fight for this customer (10 = very many; scored inverted).", zh: "争夺该客户的竞争者数量(10 = 很多;反向计分)。" } },
  { key: "supplier_elimination_rate", dimension: "ATTRACTIVENESS", group: "COMPETITION", weight: 6, inverted: true,
    label: { en: "Supplier elimination rate", zh: "客户对供应商淘汰率" },
    help: { en: "How often the customer drops suppliers (10 = very often; scored inverted).", zh: "客户淘汰供应商的频率(10 = 很高;反向计分)。" } },
  // Inverted: the competition group measures how *hard* the customer is to win (竞争难度因素), so a high entry
  // barrier to competing for the customer makes it less attractive, like the two factors above.
  { key: "entry_barrier", dimension: "ATTRACTIVENESS", group: "COMPETITION", weight: 7, inverted: true,
    label: { en: "Entry barrier", zh: "竞争的门槛" },
    help: { en: "How hard it is to qualify and compete for this customer (10 = very high; scored inverted).", zh: "进入并参与该客户竞争的难度(10 = 很高;反向计分)。" } },
  { key: "political_stability", dimension: "ATTRACTIVENESS", group: "SOCIAL", weight: 4, inverted: false,
    label: { en: "Political stability", zh: "政治的稳定性" },
    help: { en: "International accounts: political stability of the customer's country (10 = very stable).", zh: "国际客户:客户所在国的政治稳定性(10 = 很稳定)。" } },
  { key: "legal_system", dimension: "ATTRACTIVENESS", group: "SOCIAL", weight: 3, inverted: false,
    label: { en: "Legal system maturity", zh: "法律体系的完善程度" },
    help: { en: "International accounts: maturity of the country's legal system (10 = mature).", zh: "国际客户:所在国法律体系的完善程度(10 = 很完善)。" } },
  { key: "financial_system", dimension: "ATTRACTIVENESS", group: "SOCIAL", weight: 3, inverted: false,
    label: { en: "Financial system stability", zh: "金融体系的稳定状况" },
    help: { en: "International accounts: stability of the country's financial system (10 = very stable).", zh: "国际客户:所在国金融体系的稳定状况(10 = 很稳定)。" } },
];

import type { Locale } from "@/lib/domain";
import { QUADRANTS, STRATEGIES, strategyFor } from "@/lib/matrix";
import type { ObjectiveMetric, Quadrant } from "@/lib/generated/prisma/enums";
import type { TTemplateContent } from "./schemas";

type Text = { en: string; zh: string };
type Measure = { metric: ObjectiveMetric; unit: Text | null; tasks: Text[] };

const PERCENT = { en: "%", zh: "%" };
const MONEY = { en: "CNY", zh: "元" };
const PEOPLE = { en: "people", zh: "人" };
const POINTS = { en: "points", zh: "分" };

/**
 * How each recommended strategy action (lib/matrix) is measured, in the order of the strategy's actions: growth is
 * revenue from the orders, expansion share of wallet, relationship breadth decision makers covered, the rest entered.
 */
const MEASURES: Record<keyof typeof STRATEGIES, Measure[]> = {
  INVEST: [
    { metric: "OFFERING_REVENUE", unit: MONEY, tasks: [{ en: "Agree the growth targets with the customer", zh: "与客户商定增长目标" }, { en: "Plan the investment by product line", zh: "按产品线规划投入" }] },
    { metric: "SHARE_OF_WALLET", unit: PERCENT, tasks: [{ en: "Map the buying centres and their spend", zh: "梳理采购中心及其支出" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "Run a joint innovation workshop", zh: "举办联合创新研讨会" }] },
    { metric: "DECISION_MAKERS_COVERED", unit: PEOPLE, tasks: [{ en: "Meet every decision maker this quarter", zh: "本季度拜访所有决策者" }] },
  ],
  MAINTAIN: [
    { metric: "OFFERING_REVENUE", unit: MONEY, tasks: [{ en: "Review the supply agreement", zh: "复核供货协议" }] },
    { metric: "SHARE_OF_WALLET", unit: PERCENT, tasks: [{ en: "Check competitors' positions", zh: "核查竞争对手的地位" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "List the weak product lines", zh: "列出薄弱的产品线" }] },
    { metric: "HEALTH", unit: POINTS, tasks: [{ en: "Hold a quarterly business review", zh: "召开季度业务回顾" }] },
  ],
  SELECTIVE: [
    { metric: "OFFERING_REVENUE", unit: MONEY, tasks: [{ en: "Qualify the open opportunities", zh: "甄别现有商机" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "Assess the customer's potential with the team", zh: "与团队评估客户潜力" }] },
    { metric: "DECISION_MAKERS_COVERED", unit: PEOPLE, tasks: [{ en: "Win a sponsor at decision-maker level", zh: "在决策层争取一位支持者" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "Decide: push or exit", zh: "决定推进或退出" }] },
  ],
  HARVEST: [
    { metric: "MANUAL", unit: null, tasks: [{ en: "Review prices and terms", zh: "复核价格与条款" }] },
    { metric: "OFFERING_REVENUE", unit: MONEY, tasks: [{ en: "Shorten payment terms", zh: "缩短付款周期" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "Move the account to low-cost service", zh: "将客户转为低成本服务" }] },
    { metric: "MANUAL", unit: null, tasks: [{ en: "Check the account's profitability monthly", zh: "每月检查客户盈利情况" }] },
  ],
};

/** Starter SWOT lines: what typically holds for an account of the quadrant, to be rewritten for the account. */
const SWOT: Record<Quadrant, Record<"strengths" | "weaknesses" | "opportunities" | "threats", Text[]>> = {
  STAR: {
    strengths: [{ en: "Strong competitive position with the customer", zh: "在客户处竞争地位强" }],
    weaknesses: [{ en: "Relationship rests on few people", zh: "关系依赖少数人" }],
    opportunities: [{ en: "Further product lines and regions", zh: "更多产品线与区域" }],
    threats: [{ en: "Competitors target the account", zh: "竞争对手盯上该客户" }],
  },
  CASH_COW: {
    strengths: [{ en: "Stable, long-standing supply", zh: "长期稳定的供货" }],
    weaknesses: [{ en: "Little growth left in the account", zh: "客户增长空间有限" }],
    opportunities: [{ en: "Differentiate to hold share", zh: "以差异化维持份额" }],
    threats: [{ en: "Price pressure at contract renewal", zh: "续约时的价格压力" }],
  },
  QUESTION: {
    strengths: [{ en: "Attractive customer with growth potential", zh: "客户有吸引力、有增长潜力" }],
    weaknesses: [{ en: "Our position is still weak", zh: "我方地位仍弱" }],
    opportunities: [{ en: "Open needs we can serve", zh: "我方可满足的未满足需求" }],
    threats: [{ en: "Cost of winning may exceed the return", zh: "争取成本可能高于回报" }],
  },
  DOG: {
    strengths: [{ en: "Low cost to serve", zh: "服务成本低" }],
    weaknesses: [{ en: "Low attractiveness and weak position", zh: "吸引力低且地位弱" }],
    opportunities: [{ en: "Improve margin on remaining business", zh: "提高剩余业务的利润" }],
    threats: [{ en: "Losses on small orders", zh: "小额订单亏损" }],
  },
};

const pick = (texts: Text[], locale: Locale) => texts.map((text) => text[locale]);

/** The template a quadrant has when admins have not written one: the strategy's actions, measured, with starter lines. */
export function defaultTemplateContent(quadrant: Quadrant, locale: Locale): TTemplateContent {
  const strategy = strategyFor(quadrant);
  const swot = SWOT[quadrant];
  return {
    title: `${STRATEGIES[strategy].label[locale]} — ${QUADRANTS[quadrant].label[locale]}`,
    swot: { strengths: pick(swot.strengths, locale), weaknesses: pick(swot.weaknesses, locale), opportunities: pick(swot.opportunities, locale), threats: pick(swot.threats, locale) },
    objectives: STRATEGIES[strategy].actions.map((action, i) => {
      const measure = MEASURES[strategy][i];
      return { title: action[locale], metric: measure.metric, unit: measure.unit?.[locale] ?? null, target: null, tasks: pick(measure.tasks, locale) };
    }),
  };
}

export const EMPTY_TEMPLATE: TTemplateContent = { title: "", swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, objectives: [] };

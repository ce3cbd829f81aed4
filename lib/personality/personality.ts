import type { LocalizedText } from "../domain";

/** How a contact decides and wants to be approached; same keys as the Prisma `PersonalityType` enum. */
export const PERSONALITY_TYPES = ["ANALYTICAL", "EXPRESSIVE", "AMIABLE", "STEADY"] as const;
export type PersonalityType = (typeof PERSONALITY_TYPES)[number];

/** A contact's role in the customer's buying decision; same keys as the Prisma `BuyingRole` enum. */
export const BUYING_ROLES = ["DECISION_MAKER", "INFLUENCER", "PURCHASER", "USER", "GATEKEEPER"] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** A contact's attitude to us; same keys as the Prisma `Attitude` enum. */
export const ATTITUDES = ["SUPPORTER", "NEUTRAL", "OPPONENT"] as const;
export type Attitude = (typeof ATTITUDES)[number];

export type PersonalityGuidance = {
  /** A short description of the type. */
  trait: LocalizedText;
  /** How to communicate with such a contact: three or four things to do. */
  dos: LocalizedText[];
  /** The mistake to avoid with this type. */
  avoid: LocalizedText;
};

/**
 * Communication guidance per personality type (客户的性格类型及需求评估): analytical
 * contacts want data and facts, expressive ones care about image and brand, amiable ones value the relationship
 * with the salesperson, steady ones are conservative and decide after long thought.
 */
export const PERSONALITY_GUIDANCE: Record<PersonalityType, PersonalityGuidance> = {
  ANALYTICAL: {
    trait: { en: "Analytical: wants data and facts.", zh: "分析型：注重数据和事实。" },
    dos: [
      { en: "Bring detailed data: specifications, test results, references and a cost–benefit calculation.", zh: "提供详尽的资料：技术规格、测试结果、参考案例和成本收益测算。" },
      { en: "Be precise and structured; send an agenda beforehand and keep to it.", zh: "表达准确、有条理；会前发送议程并严格遵守。" },
      { en: "Stay with verifiable facts; answer questions in writing with sources.", zh: "只讲可验证的事实；书面回答问题并注明依据。" },
      { en: "Give time to study the material before asking for a decision.", zh: "在要求决策之前，给对方留出研究资料的时间。" },
    ],
    avoid: { en: "Avoid exaggeration and vague promises: one unsupported claim costs trust.", zh: "避免夸大和含糊的承诺：一句无依据的说法就会失去信任。" },
  },
  EXPRESSIVE: {
    trait: { en: "Expressive: cares about image and brand.", zh: "表现型：更注重产品的外观和品牌形象。" },
    dos: [
      { en: "Lead with the brand, the reputation and how the solution makes them and their company look.", zh: "先谈品牌、声誉，以及方案能为其本人和公司带来的形象。" },
      { en: "Use success stories of well-known customers and strong visuals.", zh: "使用知名客户的成功案例和生动直观的展示。" },
      { en: "Let them talk, show enthusiasm and recognise their ideas.", zh: "让对方多表达，展现热情，认可其想法。" },
      { en: "Keep details short in the meeting; send them afterwards.", zh: "会上少讲细节，会后再补充发送。" },
    ],
    avoid: { en: "Avoid long technical monologues and dry spreadsheets.", zh: "避免冗长的技术讲解和枯燥的表格。" },
  },
  AMIABLE: {
    trait: { en: "Amiable: values the relationship with the salesperson.", zh: "社交型：喜欢与销售人员建立良好的关系。" },
    dos: [
      { en: "Invest in the personal relationship: regular contact, time for conversation, remember what matters to them.", zh: "投入于个人关系：保持定期联系，留出交流时间，记住对方在意的事。" },
      { en: "Listen patiently and ask open questions about their views and concerns.", zh: "耐心倾听，用开放式问题了解其看法和顾虑。" },
      { en: "Involve them and their colleagues; build agreement together.", zh: "让对方及其同事参与进来，共同达成共识。" },
      { en: "Show personal commitment and reliability, especially after the sale.", zh: "展现个人承诺和可靠性，尤其是在售后阶段。" },
    ],
    avoid: { en: "Avoid pressure and a purely transactional tone: it damages the relationship they value.", zh: "避免强势推销和纯交易式的语气：这会损害对方看重的关系。" },
  },
  STEADY: {
    trait: { en: "Steady: conservative, decides after long thought.", zh: "稳健型：相对保守，倾向于深思熟虑后再做决策。" },
    dos: [
      { en: "Give time and do not push for a quick decision; agree the next steps and dates.", zh: "给予充分时间，不催促快速决策；约定下一步和时间节点。" },
      { en: "Reduce the perceived risk: guarantees, a pilot, references from similar companies.", zh: "降低对方感知的风险：提供保证、试点和同类企业的参考案例。" },
      { en: "Explain step by step and stay consistent in what you say.", zh: "循序渐进地说明，前后表述保持一致。" },
      { en: "Follow up patiently with written summaries of what was agreed.", zh: "耐心跟进，并以书面形式总结已达成的共识。" },
    ],
    avoid: { en: "Avoid surprises and sudden changes of terms or people.", zh: "避免意外，以及条款或人员的突然变动。" },
  },
};

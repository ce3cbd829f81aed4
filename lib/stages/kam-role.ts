import type { Stage } from "./stages";
import type { LocalizedText } from "../domain";

/**
 * The key account manager's role per stage (关键客户经理的角色): what the buyer expects of the KAM, what our
 * own company expects, what the KAM must focus on, and guidance on how to act. EXPLORATORY and BASIC share one
 * role (孕育/初期阶段); DISINTEGRATING has none (null): the relationship has stopped.
 */
export type KamRole = {
  /** The name of the phase the role covers. */
  phase: LocalizedText;
  buyerView: LocalizedText;
  sellerView: LocalizedText;
  kamView: LocalizedText;
  guidance: LocalizedText;
  skillFocus: LocalizedText;
};

const BASIC_SKILLS: LocalizedText = {
  en: "Basic skills: product knowledge, selling and negotiation.",
  zh: "基本技能:产品知识、销售和谈判技巧。",
};

const EXPERT_SKILLS: LocalizedText = {
  en: "An all-round expert: finance, marketing, management, strategic planning, consulting.",
  zh: "全方位的“专家”:财务、营销、管理、战略规划、咨询等。",
};

const EARLY: KamRole = {
  phase: { en: "Exploratory / basic", zh: "孕育/初期阶段" },
  buyerView: { en: "Product knowledge, communication skills", zh: "产品知识、沟通技巧" },
  sellerView: { en: "Negotiation skills, insight", zh: "谈判技巧、洞察能力" },
  kamView: { en: "Long-term planning, analysis and research", zh: "长期规划、分析研究" },
  guidance: {
    en: "Exchange information with the buyer, who must see the value of our products and services: product knowledge and communication and negotiation skills matter most. Selling alone is not enough: spot opportunities and work towards a long-term, win-win partnership.",
    zh: "与买方进行信息互换,买方要了解卖方产品和服务的优越性和价值,因此产品知识和沟通谈判技巧尤为重要;但仅立足于“推销”是不够的,要具有洞察机会的智慧和能力,致力于建立长期、双赢的伙伴关系。",
  },
  skillFocus: BASIC_SKILLS,
};

export const KAM_ROLES: Record<Stage, KamRole | null> = {
  EXPLORATORY: EARLY,
  BASIC: EARLY,
  COOPERATIVE: {
    phase: { en: "Cooperative", zh: "中期阶段" },
    buyerView: {
      en: "Values the customer, carries the supplier's authority, builds the account team",
      zh: "重视客户、代表卖方权威、组建团队",
    },
    sellerView: { en: "Repeat sales, problems handled well", zh: "重复销售、妥善处理问题" },
    kamView: { en: "Building a personal network, penetrating the customer", zh: "建立人际网络、客户渗透" },
    guidance: {
      en: "The buyer wants priority treatment and a KAM with standing in our company, and a key account team begins to form; we want repeat sales and problems resolved promptly. Use social skills to build a network inside the buyer, widen our reach, link staff on both sides, and build a cross-functional account team.",
      zh: "买方希望关键客户经理重视和优待自己、在卖方具有较高的地位和权威,并开始组建关键客户团队;卖方关注重复销售,及时妥善处理问题。关键客户经理要运用社交技巧建立在买方中的人际网络,扩大在客户内部的介入范围,让双方员工建立联系,并建立跨职能的关键客户团队。",
    },
    skillFocus: EXPERT_SKILLS,
  },
  INTERDEPENDENT: {
    phase: { en: "Partnership", zh: "伙伴关系阶段" },
    buyerView: { en: "Long-term planning, process re-engineering", zh: "长期规划、流程重估" },
    sellerView: { en: "Assured quality, cost reduction", zh: "保证质量、削减成本" },
    kamView: { en: "Process improvement, business innovation", zh: "过程改进、业务创新" },
    guidance: {
      en: "Complete the move from key-account selling to key-account management: plan long term with the buyer's decision makers and improve the joint processes; work among the buyer's top management in a strategic role, with the focus on quality and joint cost reduction; drive business innovation and process improvement to keep the relationship growing.",
      zh: "完成从关键客户销售到关键客户管理的转变:会同买方决策者联合制定长期计划,改进双方业务流程,确保共同绩效;经常在买方高层中活动,扮演战略角色,把重点转移到确保业务质量和削减共同成本上;致力于业务创新和过程改进,确保业务持续增长。",
    },
    skillFocus: EXPERT_SKILLS,
  },
  INTEGRATED: {
    phase: { en: "Synergistic", zh: "协作关系阶段" },
    buyerView: { en: "Supplier of strategic resources", zh: "战略资源供应商" },
    sellerView: { en: "Integration of information and processes", zh: "信息及流程整合" },
    kamView: { en: "Monitoring and measurement", zh: "监控及测量" },
    guidance: {
      en: "The buyer treats us as part of its own value creation and expects the KAM to act as an internal supplier of strategic resources; understand process design and IT deeply to integrate information flows and plan jointly; stay alert, monitor and measure the processes, solve surprises and be ready for market challenges.",
      zh: "买方已将卖方作为自我价值创造的有机组成部分,要求关键客户经理承担内部战略资源供应商的角色;要深入理解过程设计和信息技术,整合信息流,联合买方制定计划和战略;保持警惕,对业务过程进行监控和测量,解决意外问题,随时应对市场的考验和挑战。",
    },
    skillFocus: EXPERT_SKILLS,
  },
  DISINTEGRATING: null,
};

/**
 * The KAM's key skills ranked 1st to 5th from three viewpoints, the buyer's, our company's and the KAM's own
 * (关键客户经理的主要技巧和素质), for a guidance panel.
 */
export const KAM_SKILLS: Record<"buyerView" | "sellerView" | "kamView", readonly LocalizedText[]> = {
  buyerView: [
    { en: "Spirit of collaboration", zh: "协作精神" },
    { en: "Understanding of the customer", zh: "对客户的了解" },
    { en: "Product knowledge", zh: "产品知识" },
    { en: "Product application development and innovation", zh: "产品应用开发、创新" },
    { en: "Communication", zh: "沟通能力" },
  ],
  sellerView: [
    { en: "Understanding of the business environment", zh: "对业务环境的了解" },
    { en: "Communication", zh: "沟通能力" },
    { en: "Strategic thinking", zh: "战略性思考能力" },
    { en: "Selling and negotiation", zh: "销售能力/谈判技巧" },
    { en: "Product knowledge", zh: "产品知识" },
  ],
  kamView: [
    { en: "Selling and negotiation", zh: "销售能力/谈判技巧" },
    { en: "Communication", zh: "沟通能力" },
    { en: "Understanding of the customer", zh: "对客户的了解" },
    { en: "Strategic thinking", zh: "战略性思考能力" },
    { en: "Marketing, finance and management knowledge", zh: "市场/财务/管理知识" },
  ],
};

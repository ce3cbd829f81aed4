import type { LocalizedText } from "../domain";
import { STAGE_LABELS, type Stage } from "./stages";

export type StageInfo = {
  label: LocalizedText;
  /** What the relationship looks like at this stage. */
  description: LocalizedText;
  /** How the two organisations meet: one to one, bow-tie, diamond … */
  contactPattern: LocalizedText;
};

/** Display data per stage for the account page and the stage picker. */
export const STAGE_INFO: Record<Stage, StageInfo> = {
  EXPLORATORY: {
    label: STAGE_LABELS.EXPLORATORY,
    description: {
      en: "Pre-KAM, an expectation: we single out an account with potential, focus resources on winning the business, exchange information with the buyer and seize chances to prove our value (an incumbent supplier's slip, better prices or terms).",
      zh: "关键客户管理的准备阶段,或是一种“期望”:卖方识别具有开发潜力的关键客户,把焦点集中在能够赢得业务关系的资源上,与买方进行信息交换,并不失时机地向客户证实自己的价值(如利用原有供应商的失误,或以更优惠的价格和交易条件吸引客户)。",
    },
    contactPattern: {
      en: "One to one: our key account manager and the buyer's main contact, often an experienced purchasing specialist.",
      zh: "一对一:大多数交易在关键客户经理和买方主要联系人(可能是富有经验的采购专家)之间进行。",
    },
  },
  BASIC: {
    label: STAGE_LABELS.BASIC,
    description: {
      en: "Early KAM: orders are won, but competitors are many, the win rate is modest and the buyer still uses other suppliers; we focus on product and service quality to meet and exceed its requirements.",
      zh: "关键客户管理初期:卖方能获得客户的订单,但竞争者很多,成交率不高,买方依然会选用其它供应商的产品;卖方必须把重点放在产品和服务的提高上,证明自己能达到甚至超越客户的要求。",
    },
    contactPattern: {
      en: "Bow-tie: the relationship rests on the key account manager and the buyer (purchasing only); it is fragile, one slip or too little communication can undo it.",
      zh: "“领结”式:关系的维系主要取决于客户经理与买方(采购)之间关系的深浅;这种关系是脆弱的,任何一方的不慎或沟通不足都可能使其毁于一旦。",
    },
  },
  COOPERATIVE: {
    label: STAGE_LABELS.COOPERATIVE,
    description: {
      en: "Mid KAM: mutual credibility and basic trust are established; the buyer still screens suppliers and prices follow the market, but our value is accepted and we add services beyond the contract.",
      zh: "关键客户管理中期:买卖双方建立起彼此的信誉,并基本确立相互间的信任;买方仍会筛选供应商,报价仍受市场波动影响,但卖方的价值优越性已被确立,并提供合约以外的服务。",
    },
    contactPattern: {
      en: "Contacts widen to many levels and more people meet on both sides; problems are still handled through the main contacts.",
      zh: "沟通扩大到各个层面,相互接触的员工逐渐增多;遇到问题仍通过双方主要沟通人员解决处理。",
    },
  },
  INTERDEPENDENT: {
    label: STAGE_LABELS.INTERDEPENDENT,
    description: {
      en: "Partnership KAM: we hold nearly all of the customer's business and are its external strategic partner; an agreement governs many complex transactions; prices stay stable; information, management practice and expertise are shared to create joint value and cut costs.",
      zh: "伙伴式关键客户管理:卖方几乎控制了买方的全部业务,已成为买方的外部战略伙伴;交易多且复杂,需要合作协议进行整体控制;价格长期保持稳定;双方共享信息、管理改革和专业技术经验,共同创造价值、降低成本。",
    },
    contactPattern: {
      en: "Diamond: all departments on both sides are closely linked.",
      zh: "“钻石”形:沟通过程中双方所有部门之间紧密联系在一起。",
    },
  },
  INTEGRATED: {
    label: STAGE_LABELS.INTEGRATED,
    description: {
      en: "Synergistic KAM, the final stage: both sides cooperate to grow joint market value with joint planning, joint strategy and joint market research, integrating information flows and cutting transaction cost and time.",
      zh: "协作式关键客户管理,关系发展的最终阶段:买卖双方为增加共同市场价值而合作,联合制定计划、联合制定战略、联合进行市场调查,整合信息流,降低交易成本,减少交易时间。",
    },
    contactPattern: {
      en: "Diamond with a blurred middle: cross-boundary joint teams (operations, R&D …) work at every level.",
      zh: "钻石形状仍是核心,但中间线条已经模糊化:双方人员组成跨边界联合小组(如运作、研发联合小组)。",
    },
  },
  DISINTEGRATING: {
    label: STAGE_LABELS.DISINTEGRATING,
    description: {
      en: "Uncoupling: contact and trade have stopped. It can happen at any stage and is seldom about price; record the reasons.",
      zh: "关系间断:双方的联系中断,交易与相互作用都已停止;可能在任何阶段发生,但通常很少是因为价格问题;须记录间断原因。",
    },
    contactPattern: { en: "None: contact has stopped.", zh: "无:联系已中断。" },
  },
};

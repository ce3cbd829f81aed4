import type { ModelFactor } from "./types";

type StrengthFactorInput = Omit<ModelFactor, "dimension" | "inverted">;

/** No business-strength factor is inverted: more of each is always better for us. */
const strength = (factor: StrengthFactorInput): ModelFactor => ({ ...factor, dimension: "STRENGTH", inverted: false });

/**
 * Business strength (业务优势) factors of the default matrix model, in three groups: credit capability, unique
 * selling points, people and organisation. Weights total 100. Goodwill (商誉) is
 * split into its four audiences so each can be scored. USPs are "one or more" (可选一项或多项): leave the
 * others blank, scoring divides by the scored weight only.
 */
export const DEFAULT_STRENGTH_FACTORS: ModelFactor[] = [
  strength({ key: "financial_strength", group: "CREDIT", weight: 10,
    label: { en: "Capital and financial condition", zh: "资金能力与财务状况" },
    help: { en: "Our funding capacity and financial health for serving this customer (10 = strong).", zh: "我方服务该客户的资金能力与财务状况(10 = 很强)。" } }),
  strength({ key: "goodwill_customers", group: "CREDIT", weight: 5,
    label: { en: "Goodwill with customers", zh: "商誉:对客户" },
    help: { en: "Our reputation with customers (10 = excellent).", zh: "我方在客户中的商誉(10 = 极好)。" } }),
  strength({ key: "goodwill_suppliers", group: "CREDIT", weight: 5,
    label: { en: "Goodwill with suppliers/factories", zh: "商誉:对工厂" },
    help: { en: "Our reputation with factories and suppliers (10 = excellent).", zh: "我方在工厂(供应商)中的商誉(10 = 极好)。" } }),
  strength({ key: "goodwill_partners", group: "CREDIT", weight: 5,
    label: { en: "Goodwill with other partners", zh: "商誉:对其它合作伙伴" },
    help: { en: "Our reputation with other business partners (10 = excellent).", zh: "我方在其它合作伙伴中的商誉(10 = 极好)。" } }),
  strength({ key: "goodwill_public", group: "CREDIT", weight: 5,
    label: { en: "Goodwill with the public", zh: "商誉:对社会公众" },
    help: { en: "Our reputation with the general public (10 = excellent).", zh: "我方在社会公众中的商誉(10 = 极好)。" } }),
  strength({ key: "cost_advantage", group: "USP", weight: 6,
    label: { en: "Cost advantage", zh: "成本优势" },
    help: { en: "Our cost position against competitors for this customer (10 = clear advantage).", zh: "相对竞争者的成本优势(10 = 优势明显)。" } }),
  strength({ key: "brand_advantage", group: "USP", weight: 6,
    label: { en: "Brand advantage", zh: "品牌优势" },
    help: { en: "Strength of our brand in the customer's eyes (10 = clear advantage).", zh: "我方品牌在客户心中的优势(10 = 优势明显)。" } }),
  strength({ key: "differentiation", group: "USP", weight: 6,
    label: { en: "Differentiation", zh: "差异化优势" },
    help: { en: "How our offer differs from competitors'; note the concrete points (10 = clear advantage).", zh: "与竞争者的差异化优势,请列出具体表现(10 = 优势明显)。" } }),
  strength({ key: "price_performance", group: "USP", weight: 6,
    label: { en: "Price/performance", zh: "性价比优势" },
    help: { en: "Value for money of our offer (10 = clear advantage).", zh: "我方产品与服务的性价比(10 = 优势明显)。" } }),
  strength({ key: "supplier_relationship", group: "USP", weight: 6,
    label: { en: "Relationship with suppliers", zh: "与工厂(供应商)的关系" },
    help: { en: "Strength of our relationships with factories and suppliers (10 = very strong).", zh: "我方与工厂(供应商)的关系(10 = 很紧密)。" } }),
  strength({ key: "supply_chain", group: "USP", weight: 6,
    label: { en: "Supply-chain management advantage", zh: "供应链管理优势" },
    help: { en: "Our supply-chain management capability (10 = clear advantage).", zh: "我方供应链管理能力(10 = 优势明显)。" } }),
  strength({ key: "service_awareness", group: "PEOPLE", weight: 5,
    label: { en: "Service awareness", zh: "服务意识" },
    help: { en: "Service mindset of the people serving this customer (10 = excellent).", zh: "服务该客户人员的服务意识(10 = 极好)。" } }),
  strength({ key: "customer_communication", group: "PEOPLE", weight: 5,
    label: { en: "Communication with the customer", zh: "与客户的沟通能力" },
    help: { en: "How well we communicate with the customer (10 = excellent).", zh: "我方与客户的沟通能力(10 = 极好)。" } }),
  strength({ key: "response_speed", group: "PEOPLE", weight: 5,
    label: { en: "Speed of response", zh: "快速反应的能力" },
    help: { en: "How fast we react to the customer's requests (10 = very fast).", zh: "对客户需求的反应速度(10 = 很快)。" } }),
  strength({ key: "organisational_flexibility", group: "PEOPLE", weight: 5,
    label: { en: "Organisational ability and flexibility", zh: "组织能力与灵活性" },
    help: { en: "Our ability to organise and adapt to the customer (10 = very flexible).", zh: "我方的组织能力与灵活性(10 = 很灵活)。" } }),
  strength({ key: "bargaining_power", group: "PEOPLE", weight: 5,
    label: { en: "Bargaining power", zh: "讨价还价的能力" },
    help: { en: "Our bargaining power with the customer and with suppliers (10 = strong).", zh: "对客户、对供应商的讨价还价能力(10 = 很强)。" } }),
  strength({ key: "efficiency", group: "PEOPLE", weight: 5,
    label: { en: "Efficiency", zh: "效率" },
    help: { en: "Efficiency of our work for this customer (10 = very efficient).", zh: "我方为该客户工作的效率(10 = 很高)。" } }),
  strength({ key: "information_management", group: "PEOPLE", weight: 4,
    label: { en: "Information management", zh: "信息管理能力" },
    help: { en: "How well we collect and use information about the customer (10 = excellent).", zh: "我方的信息管理能力(10 = 极好)。" } }),
];

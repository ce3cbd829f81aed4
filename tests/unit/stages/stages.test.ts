import { describe, expect, it } from "vitest";
import {
  isStage,
  isUncouplingReason,
  KAM_ROLES,
  KAM_SKILLS,
  LADDER_STAGES,
  STAGE_INFO,
  STAGES,
  UNCOUPLING_REASON_INFO,
  UNCOUPLING_REASONS,
  uncouplingReasonsOfKind,
} from "@/lib/stages";

describe("stages", () => {
  it("lists the six stages in order", () => {
    expect(STAGES).toEqual(["EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED", "DISINTEGRATING"]);
    expect(LADDER_STAGES).toEqual(STAGES.slice(0, 5));
  });

  it.each([
    ["EXPLORATORY", "孕育阶段"],
    ["BASIC", "初期阶段"],
    ["COOPERATIVE", "中期阶段"],
    ["INTERDEPENDENT", "伙伴式"],
    ["INTEGRATED", "协作式"],
    ["DISINTEGRATING", "间断阶段"],
  ] as const)("labels %s as %s with full bilingual metadata", (stage, zh) => {
    const info = STAGE_INFO[stage];
    expect(info.label.zh).toBe(zh);
    for (const text of [info.label, info.description, info.contactPattern]) {
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.zh.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["BASIC", true],
    ["DISINTEGRATING", true],
    ["basic", false],
    ["", false],
    [3, false],
    [null, false],
  ])("isStage(%s) is %s", (value, expected) => expect(isStage(value)).toBe(expected));
});

describe("uncoupling reasons", () => {
  it.each([
    ["KEY_PERSON_CHANGE", "INTERNAL", "重点人员的调整"],
    ["LACK_OF_TRUST", "INTERNAL", "缺乏信任"],
    ["LACK_OF_LONGEVITY", "INTERNAL", "缺乏持久性"],
    ["CULTURAL_DIFFERENCES", "INTERNAL", "文化差异"],
    ["QUALITY_PROBLEMS", "INTERNAL", "质量问题"],
    ["MARKET_POSITION_CHANGE", "EXTERNAL", "市场地位的变化"],
    ["FINANCIAL_PROBLEMS", "EXTERNAL", "财务问题"],
    ["PRODUCT_PROCESS_VALUE_CHAIN", "EXTERNAL", "产品/流程组合及价值链"],
    ["CUSTOMER_ATTITUDE", "EXTERNAL", "客户态度"],
  ] as const)("%s is %s, labelled %s", (reason, kind, zh) => {
    expect(UNCOUPLING_REASON_INFO[reason]).toMatchObject({ kind, label: { zh } });
    expect(UNCOUPLING_REASON_INFO[reason].label.en.length).toBeGreaterThan(0);
  });

  it("has exactly nine reasons, split five internal and four external in order", () => {
    expect(UNCOUPLING_REASONS).toHaveLength(9);
    expect(uncouplingReasonsOfKind("INTERNAL")).toEqual(UNCOUPLING_REASONS.slice(0, 5));
    expect(uncouplingReasonsOfKind("EXTERNAL")).toEqual(UNCOUPLING_REASONS.slice(5));
  });

  it("guards raw values", () => {
    expect(isUncouplingReason("LACK_OF_TRUST")).toBe(true);
    expect(isUncouplingReason("PRICE")).toBe(false);
  });
});

describe("KAM role guidance per stage", () => {
  it.each([
    ["EXPLORATORY", "产品知识、沟通技巧", "谈判技巧、洞察能力", "长期规划、分析研究"],
    ["BASIC", "产品知识、沟通技巧", "谈判技巧、洞察能力", "长期规划、分析研究"],
    [
      "COOPERATIVE",
      "重视客户、代表卖方权威、组建团队",
      "重复销售、妥善处理问题",
      "建立人际网络、客户渗透",
    ],
    ["INTERDEPENDENT", "长期规划、流程重估", "保证质量、削减成本", "过程改进、业务创新"],
    ["INTEGRATED", "战略资源供应商", "信息及流程整合", "监控及测量"],
  ] as const)("%s: buyer %s, seller %s, KAM %s", (stage, buyer, seller, kam) => {
    const role = KAM_ROLES[stage];
    expect(role).not.toBeNull();
    expect(role).toMatchObject({ buyerView: { zh: buyer }, sellerView: { zh: seller }, kamView: { zh: kam } });
    for (const text of Object.values(role!)) expect(text.en.length).toBeGreaterThan(0);
  });

  it("has no role for DISINTEGRATING", () => expect(KAM_ROLES.DISINTEGRATING).toBeNull());

  it("ranks five skills per viewpoint (table 2)", () => {
    for (const skills of Object.values(KAM_SKILLS)) expect(skills).toHaveLength(5);
    expect(KAM_SKILLS.buyerView[0].zh).toBe("协作精神");
  });
});

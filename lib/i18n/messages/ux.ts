import { defineMessages } from "./define";

/** Strings of the usability fixes across features (scoring admin, scoring form, dashboard …), mounted at `ux.*`. */
export const ux = defineMessages({
  en: {
    scoring: {
      identicalToActive: "This draft is identical to the active version: change a weight, factor or setting before publishing.",
      saveFirst: "Save the draft first: publishing uses the saved draft, not unsaved edits.",
      fixTotals: "Each dimension's weights must total 100 % before the draft can be published.",
      activeFactors: "Factors of the active version",
      activeFactorsIntro: "What assessments are scored with today. Start a draft to change them.",
      factor: "Factor",
      group: "Group",
      weight: "Weight",
      inverted: "Inverted",
      invertedYes: "Yes (lower is better)",
      invertedNo: "No",
    },
    scoringForm: { notScored: "Not scored" },
    dashboard: {
      ownerMineHint: "Accounts you own or are on the team of. Choose “Whole portfolio” to filter by owner.",
    },
    nineBox: { less: "Show fewer" },
    activities: {
      pickContacts: "Contacts of this account",
      others: "Others (not in the contact list)",
    },
    stages: {
      legendAll: "All accounts",
      legendKey: "Key accounts",
      legendFigures: "Figures: accounts / of which key accounts",
      figures: "{count} accounts, of which {key} key accounts",
    },
  },
  zh: {
    scoring: {
      identicalToActive: "此草稿与当前生效版本完全相同：请先修改权重、因素或设置，再发布。",
      saveFirst: "请先保存草稿：发布使用已保存的草稿，不包括未保存的修改。",
      fixTotals: "每个维度的权重合计必须为 100 %，草稿才能发布。",
      activeFactors: "当前生效版本的因素",
      activeFactorsIntro: "目前评估所用的因素。如需修改，请新建草稿。",
      factor: "因素",
      group: "分组",
      weight: "权重",
      inverted: "反向",
      invertedYes: "是（越低越好）",
      invertedNo: "否",
    },
    scoringForm: { notScored: "未评分" },
    dashboard: {
      ownerMineHint: "您负责或所在团队的客户。如需按负责人筛选，请选择“全部客户组合”。",
    },
    nineBox: { less: "收起" },
    activities: {
      pickContacts: "该客户的联系人",
      others: "其他人员（不在联系人列表中）",
    },
    stages: {
      legendAll: "全部客户",
      legendKey: "关键客户",
      legendFigures: "数字：客户数 / 其中关键客户数",
      figures: "{count} 个客户，其中 {key} 个关键客户",
    },
  },
});

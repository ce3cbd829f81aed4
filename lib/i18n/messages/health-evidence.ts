import { defineMessages } from "./define";

/**
 * The health engine's evidence, missing-data reasons and model problems (lib/health), mounted at
 * `healthEvidence.*`: the engine returns these keys with their values, pages translate them.
 */
export const healthEvidence = defineMessages({
  en: {
    coverage: {
      noContacts: "No current contacts recorded, so coverage cannot be judged.",
      pattern: {
        NONE: "Nobody of ours covers a contact.",
        SINGLE_THREADED: "Single-threaded: one of ours, one contact.",
        BOW_TIE: "Bow-tie: every line runs through one person or one part of the customer.",
        DIAMOND: "Diamond: several of ours cover several contacts across levels or functions.",
      },
      covered: "{covered} of {total} contacts covered.",
      decisionMakerCovered: "A decision maker is covered.",
      decisionMakerUncovered: "No decision maker is covered.",
      noDecisionMaker: "No decision maker known.",
      supporterCovered: "A supporter is covered.",
      supporterUncovered: "No supporter is covered.",
      noSupporter: "No supporter known.",
    },
    freshness: {
      noContacts: "No current contacts recorded, so contact freshness cannot be judged.",
      keyFresh: "{fresh} of {total} key contacts touched in the last {days} days.",
      contactsFresh: "{fresh} of {total} contacts touched in the last {days} days.",
      noKeyContacts: "No key contact known: all current contacts are counted.",
      stale: "{count} not touched for longer (oldest: {oldestDays} days).",
      neverTouched: "{count} never touched.",
    },
    plan: {
      noPlan: "No account plan.",
      nothingToMeasure: "The plan has no tasks or measurable objectives yet.",
      items: "{overdue} overdue of {open} open plan tasks ({total} in all).",
      objectives: "{onTrack} of {total} measurable objectives on track for the time elapsed.",
    },
    churn: {
      neverComputed: "Churn risk not computed yet.",
      risk: {
        LOW: "Churn risk low ({score}/100).",
        MEDIUM: "Churn risk medium ({score}/100).",
        HIGH: "Churn risk high ({score}/100).",
      },
    },
    assessment: {
      never: "Never assessed.",
      recent: "Assessed {days} days ago.",
      ageing: "Last assessed {days} days ago: due for a new assessment.",
      outdated: "Last assessed {days} days ago: the assessment is outdated.",
    },
    complaints: {
      none: "No open complaints.",
      open: "{open} open complaints ({high} high, {medium} medium, {low} low); the oldest open for {oldestDays} days.",
    },
    fit: {
      noQuadrant: "Not placed in the matrix yet, so stage fit cannot be judged.",
      fits: "The relationship stage fits the matrix quadrant.",
      starEarly: "A Star at an early stage: under-served.",
      starCooperative: "A Star at the cooperative stage: deepen the relationship.",
      cashCowEarly: "A Cash cow at an early stage: under-served.",
      questionLate: "A Question at a partnership stage: over-invested.",
      questionDisintegrating: "A Question whose relationship is disintegrating.",
      dogLate: "A Dog at a partnership stage: over-invested.",
      dogCooperative: "A Dog at the cooperative stage: watch the investment.",
      losingValuable: "A valuable account whose relationship is disintegrating.",
    },
    problem: {
      weightRange: "Each weight must be a whole number from 0 to 100.",
      unknownComponent: "Unknown component.",
      weightTotal: "The weights must total 100 (now {total}).",
      thresholdRange: "Thresholds must be whole numbers from 0 to 100.",
      thresholdOrder: "The watch threshold ({watchFrom}) must be below the healthy threshold ({healthyFrom}).",
      freshnessRange: "Freshness must be from {min} to {max} days.",
    },
  },
  zh: {
    coverage: {
      noContacts: "尚无在职联系人记录,无法评估覆盖情况。",
      pattern: {
        NONE: "我方无人覆盖任何联系人。",
        SINGLE_THREADED: "单线联系:我方一人对接客户一人。",
        BOW_TIE: "领结式:所有联系都经过同一个人或客户的同一部分。",
        DIAMOND: "钻石式:我方多人覆盖客户不同层级或职能的多位联系人。",
      },
      covered: "已覆盖 {covered}/{total} 位联系人。",
      decisionMakerCovered: "已覆盖决策者。",
      decisionMakerUncovered: "尚未覆盖任何决策者。",
      noDecisionMaker: "尚不知道决策者。",
      supporterCovered: "已覆盖支持者。",
      supporterUncovered: "尚未覆盖任何支持者。",
      noSupporter: "尚不知道支持者。",
    },
    freshness: {
      noContacts: "尚无在职联系人记录,无法评估联系新鲜度。",
      keyFresh: "{total} 位关键联系人中有 {fresh} 位在最近 {days} 天内有过接触。",
      contactsFresh: "{total} 位联系人中有 {fresh} 位在最近 {days} 天内有过接触。",
      noKeyContacts: "尚无关键联系人:按全部在职联系人计算。",
      stale: "{count} 位较长时间未接触(最久 {oldestDays} 天)。",
      neverTouched: "{count} 位从未接触。",
    },
    plan: {
      noPlan: "没有客户计划。",
      nothingToMeasure: "计划中尚无任务或可衡量的目标。",
      items: "{open} 项未完成计划任务中有 {overdue} 项逾期(共 {total} 项)。",
      objectives: "{total} 个可衡量目标中有 {onTrack} 个进度与时间相符。",
    },
    churn: {
      neverComputed: "尚未计算流失风险。",
      risk: {
        LOW: "流失风险低({score}/100)。",
        MEDIUM: "流失风险中({score}/100)。",
        HIGH: "流失风险高({score}/100)。",
      },
    },
    assessment: {
      never: "从未评估。",
      recent: "{days} 天前评估。",
      ageing: "上次评估在 {days} 天前:应重新评估。",
      outdated: "上次评估在 {days} 天前:评估已过时。",
    },
    complaints: {
      none: "没有未关闭的投诉。",
      open: "{open} 件未关闭投诉(高 {high}、中 {medium}、低 {low});最早的已开启 {oldestDays} 天。",
    },
    fit: {
      noQuadrant: "尚未在矩阵中定位,无法评估阶段匹配。",
      fits: "关系阶段与矩阵象限相符。",
      starEarly: "“明星”客户仍处于早期阶段:服务不足。",
      starCooperative: "“明星”客户处于合作阶段:应深化关系。",
      cashCowEarly: "“现金牛”客户处于早期阶段:服务不足。",
      questionLate: "“问题”客户处于伙伴阶段:投入过度。",
      questionDisintegrating: "“问题”客户的关系正在瓦解。",
      dogLate: "“瘦狗”客户处于伙伴阶段:投入过度。",
      dogCooperative: "“瘦狗”客户处于合作阶段:注意控制投入。",
      losingValuable: "有价值的客户关系正在瓦解。",
    },
    problem: {
      weightRange: "每项权重必须是 0 到 100 的整数。",
      unknownComponent: "未知的组成部分。",
      weightTotal: "权重合计必须为 100(当前 {total})。",
      thresholdRange: "阈值必须是 0 到 100 的整数。",
      thresholdOrder: "关注阈值({watchFrom})必须低于健康阈值({healthyFrom})。",
      freshnessRange: "新鲜度天数必须在 {min} 到 {max} 之间。",
    },
  },
});

import type { LocalizedText } from "../domain";
import type { RfmSegment } from "./segments";

/** The segments' names: all the browser needs of a segment (the recommended actions are in segment-info.ts). */
export const RFM_SEGMENT_LABELS: Record<RfmSegment, LocalizedText> = {
  CHAMPIONS: { en: "Champions", zh: "冠军客户" },
  LOYAL: { en: "Loyal", zh: "忠诚客户" },
  POTENTIAL_LOYALISTS: { en: "Potential loyalists", zh: "潜在忠诚客户" },
  NEW_CUSTOMERS: { en: "New customers", zh: "新客户" },
  PROMISING: { en: "Promising", zh: "有潜力客户" },
  NEED_ATTENTION: { en: "Need attention", zh: "需要关注客户" },
  ABOUT_TO_SLEEP: { en: "About to sleep", zh: "即将沉睡客户" },
  CANNOT_LOSE_THEM: { en: "Cannot lose them", zh: "不能流失客户" },
  AT_RISK: { en: "At risk", zh: "流失风险客户" },
  HIBERNATING: { en: "Hibernating", zh: "休眠客户" },
  LOST: { en: "Lost", zh: "已流失客户" },
};

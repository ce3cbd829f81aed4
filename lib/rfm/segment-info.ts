import type { LocalizedText } from "../domain";
import { RFM_SEGMENT_LABELS } from "./segment-labels";
import { RFM_SEGMENT_KEYS, type RfmSegment } from "./segments";

/** What the UI shows for a segment: its label, the recommended action and its position in lists. */
export type RfmSegmentInfo = { key: RfmSegment; label: LocalizedText; action: LocalizedText; order: number };

/** The recommended action per segment. */
const ACTIONS: Record<RfmSegment, LocalizedText> = {
  CHAMPIONS: {
    en: "Reward and involve them: joint planning, early access, ask for references.",
    zh: "给予回馈并深度合作：联合规划、优先体验新品，邀请其作为推荐客户。",
  },
  LOYAL: {
    en: "Up-sell higher-value offers and deepen the relationship across functions.",
    zh: "推荐更高价值的产品，并在更多职能层面加深合作关系。",
  },
  POTENTIAL_LOYALISTS: {
    en: "Build the relationship: regular reviews, a tailored offer, cross-sell.",
    zh: "培养关系：定期业务回顾，提供定制方案，进行交叉销售。",
  },
  NEW_CUSTOMERS: {
    en: "Onboard well: clear contacts, quick first success, follow up after delivery.",
    zh: "做好客户导入：明确对接人，尽快取得首个成果，交付后及时跟进。",
  },
  PROMISING: {
    en: "Raise awareness of the wider range and invite a second, larger order.",
    zh: "介绍更完整的产品线，争取第二笔更大的订单。",
  },
  NEED_ATTENTION: {
    en: "Reconnect with a limited-time offer or a review of their current needs.",
    zh: "通过限时优惠或需求回顾重新建立联系。",
  },
  ABOUT_TO_SLEEP: {
    en: "Re-engage before they lapse: share relevant news and a reason to order.",
    zh: "在其流失前重新激活：分享相关资讯，给出下单理由。",
  },
  CANNOT_LOSE_THEM: {
    en: "Senior-level contact now: find out what changed and win them back.",
    zh: "立即安排高层拜访：了解变化原因并挽回客户。",
  },
  AT_RISK: {
    en: "Personal outreach: review service issues and make a renewal offer.",
    zh: "主动个别联系：排查服务问题，提出续约或复购方案。",
  },
  HIBERNATING: {
    en: "Low-cost reactivation; otherwise reduce the effort spent.",
    zh: "以低成本方式尝试唤醒，否则减少投入。",
  },
  LOST: {
    en: "Ask why they left; revive only if the account is still worth it.",
    zh: "了解流失原因；仅在客户仍有价值时尝试挽回。",
  },
};

/** Segment metadata for the UI per key; list them in display order with `RFM_SEGMENT_KEYS` (`order` 1 … 11). */
export const RFM_SEGMENTS: Readonly<Record<RfmSegment, RfmSegmentInfo>> = Object.fromEntries(
  RFM_SEGMENT_KEYS.map((key, index) => [key, { key, label: RFM_SEGMENT_LABELS[key], action: ACTIONS[key], order: index + 1 }]),
) as Record<RfmSegment, RfmSegmentInfo>;

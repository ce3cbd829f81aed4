/**
 * Activities over the last two years and complaints. Key accounts are busy, except a few that have gone
 * silent for 90+ days (a churn signal); summaries follow the language of the user who logged them.
 */
import type { ActivityType, ComplaintSeverity, Prisma, RelationshipStage } from "@/lib/generated/prisma/client";
import type { DemoAccount } from "./accounts";
import type { PeopleData } from "./contacts";
import { createRng, seedId, type Rng } from "./random";
import { COMPLAINTS } from "./texts";
import { atHour, daysBefore, daysBetween } from "./time";
import { DEMO_USERS } from "./users";

const SUMMARIES: Record<ActivityType, [en: string, zh: string][]> = {
  CALL: [
    ["Call with {c} about next quarter's delivery schedule", "与{c}电话沟通下季度交货计划"],
    ["Followed up the open quotation with {c}", "与{c}跟进未决报价"],
    ["{c} called about a price question on the last invoice", "{c}来电询问上次发票的价格问题"],
  ],
  MEETING: [
    ["Quarterly business review with {c}", "与{c}进行季度业务回顾"],
    ["Presented the new product line to {c}", "向{c}介绍新产品线"],
    ["Negotiated framework agreement terms with {c}", "与{c}谈判框架协议条款"],
  ],
  VISIT: [
    ["Plant visit; toured production with {c}", "拜访工厂,与{c}参观生产线"],
    ["Visited {c} to review the quality improvement plan", "拜访{c},审查质量改进计划"],
    ["Customer visit to our factory hosted for {c}", "接待{c}来我方工厂参观"],
  ],
  EMAIL: [
    ["Sent revised offer to {c}", "向{c}发送修改后的报价"],
    ["Shared delivery performance report with {c}", "向{c}发送交付绩效报告"],
    ["Answered {c}'s request for technical documentation", "回复{c}的技术资料需求"],
  ],
  OTHER: [
    ["Dinner with {c} after the trade fair", "展会后与{c}共进晚餐"],
    ["Met {c} at the industry conference", "在行业会议上与{c}会面"],
  ],
};

const TYPES: [ActivityType, number][] = [["CALL", 30], ["EMAIL", 28], ["MEETING", 20], ["VISIT", 15], ["OTHER", 7]];
const PER_STAGE: Record<RelationshipStage, [number, number]> = {
  EXPLORATORY: [4, 10], BASIC: [10, 20], COOPERATIVE: [20, 40], INTERDEPENDENT: [30, 55], INTEGRATED: [40, 70],
  DISINTEGRATING: [5, 12],
};

const userById = new Map(DEMO_USERS.map((u) => [u.id, u]));

export function buildActivities(accounts: DemoAccount[], people: PeopleData, asOf: Date) {
  const rng = createRng("activities");
  const rows: Prisma.ActivityCreateManyInput[] = [];
  const keyAccounts = accounts.filter((a) => a.isKeyAccount);
  // A few healthy-looking key accounts nobody has talked to for three months or more.
  const silent = new Set(rng.sample(keyAccounts.filter((a) => a.stage !== "DISINTEGRATING"), 8).map((a) => a.id));
  for (const account of accounts) {
    const known = people.byAccount.get(account.id);
    if (!known) continue;
    const [min, max] = account.isKeyAccount ? PER_STAGE[account.stage] : [1, 6];
    const quiet = silent.has(account.id) || account.stage === "DISINTEGRATING";
    const newest = quiet ? rng.int(95, 240) : 1;
    const oldest = Math.min(730, daysBetween(account.createdAt, asOf));
    if (oldest <= newest) continue;
    const count = rng.int(min, max);
    for (let n = 0; n < count; n++) {
      const user = userById.get(rng.chance(0.6) ? known.userIds[0] : rng.pick(known.userIds))!;
      const contact = rng.chance(0.9) ? rng.pick(known.contacts) : undefined;
      const type = rng.weighted(TYPES);
      const [en, zh] = rng.pick(SUMMARIES[type]);
      const who = contact?.name ?? "the purchasing team";
      const summary = (user.locale === "zh" ? zh : en).replace("{c}", who);
      const colleague = type === "MEETING" || type === "VISIT" ? rng.pick(known.userIds) : user.id;
      const participants = [...new Set([user.name, userById.get(colleague)!.name, ...(contact ? [contact.name] : [])])];
      rows.push({
        id: seedId("act", rows.length + 1),
        accountId: account.id,
        contactId: contact?.id ?? null,
        userId: user.id,
        type,
        occurredAt: atHour(daysBefore(asOf, rng.int(newest, oldest)), rng.int(8, 17), rng.pick([0, 15, 30, 45])),
        summary,
        participants,
      });
    }
  }
  return rows;
}

function severity(rng: Rng, account: DemoAccount): ComplaintSeverity {
  const troubled = account.trend === "DECLINING" || account.stage === "DISINTEGRATING";
  return rng.weighted([["LOW", 5], ["MEDIUM", 4], ["HIGH", troubled ? 4 : 1.5]]);
}

/** Complaints: common on key accounts, rare elsewhere; recent ones are more often still open. */
export function buildComplaints(accounts: DemoAccount[], asOf: Date) {
  const rng = createRng("complaints");
  const rows: Prisma.ComplaintCreateManyInput[] = [];
  for (const account of accounts) {
    if (!rng.chance(account.isKeyAccount ? 0.5 : 0.05)) continue;
    const age = daysBetween(account.createdAt, asOf);
    for (let n = rng.int(1, account.isKeyAccount ? 4 : 2); n > 0; n--) {
      const openedAgo = rng.int(3, Math.min(730, age));
      const closed = rng.chance(openedAgo < 60 ? 0.4 : 0.92);
      rows.push({
        id: seedId("cmp", rows.length + 1),
        accountId: account.id,
        openedAt: atHour(daysBefore(asOf, openedAgo), rng.int(8, 17)),
        closedAt: closed ? atHour(daysBefore(asOf, Math.max(1, openedAgo - rng.int(2, 45))), rng.int(8, 17)) : null,
        severity: severity(rng, account),
        summary: rng.pick(COMPLAINTS),
        createdAt: atHour(daysBefore(asOf, openedAgo), 18),
      });
    }
  }
  return rows;
}

/**
 * Who of the customer took part besides the activity's subject: meetings and visits bring in one to three more of
 * the account's contacts. Drawn from its own random stream, so the activities above stay as they were.
 */
export function buildParticipants(activities: Prisma.ActivityCreateManyInput[], people: PeopleData) {
  const rng = createRng("participants");
  const rows: Prisma.ActivityParticipantCreateManyInput[] = [];
  for (const activity of activities) {
    if (activity.type !== "MEETING" && activity.type !== "VISIT") continue;
    const known = people.byAccount.get(activity.accountId);
    if (!known) continue;
    const others = known.contacts.filter((c) => c.id !== activity.contactId);
    const ids = new Set(rng.sample(others, Math.min(others.length, rng.int(1, 3))).map((c) => c.id));
    if (activity.contactId) ids.add(activity.contactId);
    for (const contactId of ids) rows.push({ activityId: activity.id!, contactId });
  }
  return rows;
}

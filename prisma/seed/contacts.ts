/**
 * The customer's people and ours: contacts, account teams and who covers whom. Coverage follows the
 * stage: single-threaded and bow-tie early, diamond at Interdependent and beyond, with a few
 * Cooperative accounts deliberately left as a bow-tie so the coverage warning has something to show.
 */
import type {
  Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType, Prisma, RelationshipStage, TeamRole,
} from "@/lib/generated/prisma/client";
import type { DemoAccount } from "./accounts";
import { emailFor, personName } from "./names";
import { createRng, seedId, type Rng } from "./random";
import { pickNeeds } from "./texts";
import { daysBefore, daysBetween } from "./time";
import { DEMO_USERS } from "./users";

type Role = [title: string, fn: ContactFunction, level: ContactLevel, buyingRole: BuyingRole];

const MAIN: Role = ["Purchasing Manager", "PURCHASING", "MANAGER", "PURCHASER"];
const BUYER: Role = ["Buyer", "PURCHASING", "STAFF", "PURCHASER"];
const SENIOR: Role[] = [["General Manager", "MANAGEMENT", "BOARD", "DECISION_MAKER"], ["Purchasing Director", "PURCHASING", "DIRECTOR", "DECISION_MAKER"]];
const OTHERS: Role[] = [
  ["Chairman", "MANAGEMENT", "BOARD", "DECISION_MAKER"],
  ["Finance Director", "FINANCE", "DIRECTOR", "INFLUENCER"],
  ["Operations Director", "OPERATIONS", "DIRECTOR", "INFLUENCER"],
  ["R&D Director", "RESEARCH_DEVELOPMENT", "DIRECTOR", "INFLUENCER"],
  ["Quality Manager", "QUALITY", "MANAGER", "INFLUENCER"],
  ["Logistics Manager", "LOGISTICS", "MANAGER", "USER"],
  ["IT Manager", "IT", "MANAGER", "USER"],
  ["Marketing Manager", "MARKETING", "MANAGER", "INFLUENCER"],
  ["Plant Manager", "OPERATIONS", "MANAGER", "USER"],
  ["Production Supervisor", "OPERATIONS", "SUPERVISOR", "USER"],
  ["Warehouse Supervisor", "LOGISTICS", "SUPERVISOR", "USER"],
  ["Quality Engineer", "QUALITY", "STAFF", "USER"],
  ["Executive Assistant", "MANAGEMENT", "STAFF", "GATEKEEPER"],
  ["Procurement Assistant", "PURCHASING", "STAFF", "GATEKEEPER"],
];

/** [contacts min, max, team min, max] per stage. */
const SIZES: Record<RelationshipStage, [number, number, number, number]> = {
  EXPLORATORY: [3, 4, 1, 1], BASIC: [3, 5, 1, 2], COOPERATIVE: [4, 8, 1, 3],
  INTERDEPENDENT: [6, 10, 2, 4], INTEGRATED: [8, 12, 3, 5], DISINTEGRATING: [3, 6, 1, 2],
};

/** How far along the relationship is (Disintegrating counts as -1): deeper means warmer contacts. */
const STAGE_DEPTH: RelationshipStage[] = ["EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED"];

type Pattern = "SINGLE" | "BOW_TIE" | "PARTIAL" | "DIAMOND";

function patternFor(rng: Rng, stage: RelationshipStage): Pattern {
  if (stage === "INTEGRATED") return "DIAMOND";
  if (stage === "INTERDEPENDENT") return rng.chance(0.8) ? "DIAMOND" : "PARTIAL";
  if (stage === "COOPERATIVE") return rng.chance(0.35) ? "BOW_TIE" : "PARTIAL";
  return rng.chance(0.5) ? "SINGLE" : "BOW_TIE";
}

const TEAM_ROLES: TeamRole[] = ["FINANCE", "LOGISTICS", "OPERATIONS", "IT", "PRODUCT_DEVELOPMENT", "REGIONAL_SALES", "SOLUTION_SALES"];
/** Which team role naturally covers which customer function in a diamond. */
const ROLE_COVERS: Record<TeamRole, ContactFunction[]> = {
  FINANCE: ["FINANCE"], LOGISTICS: ["LOGISTICS"], OPERATIONS: ["OPERATIONS", "QUALITY"], IT: ["IT"],
  PRODUCT_DEVELOPMENT: ["RESEARCH_DEVELOPMENT", "QUALITY"], REGIONAL_SALES: ["PURCHASING", "MARKETING"],
  SOLUTION_SALES: ["MANAGEMENT", "OPERATIONS", "IT"],
};

const DEPARTMENTS: Record<ContactFunction, string> = {
  MANAGEMENT: "Management", PURCHASING: "Purchasing", FINANCE: "Finance", OPERATIONS: "Operations",
  LOGISTICS: "Logistics", IT: "IT", RESEARCH_DEVELOPMENT: "R&D", QUALITY: "Quality", MARKETING: "Marketing", OTHER: "Other",
};

const PERSONALITIES: PersonalityType[] = ["ANALYTICAL", "EXPRESSIVE", "AMIABLE", "STEADY"];
const DIAL: Record<string, string> = {
  China: "+86", Germany: "+49", Sweden: "+46", Norway: "+47", Denmark: "+45", Netherlands: "+31", France: "+33",
  Italy: "+39", "United Kingdom": "+44", Poland: "+48", "United States": "+1", Canada: "+1", Mexico: "+52",
  Singapore: "+65", Malaysia: "+60", Thailand: "+66", Vietnam: "+84", Indonesia: "+62",
};

export type ContactRef = { id: string; name: string; fn: ContactFunction };
export type PeopleData = {
  contacts: Prisma.ContactCreateManyInput[];
  coverage: Prisma.ContactCoverageCreateManyInput[];
  team: Prisma.AccountTeamMemberCreateManyInput[];
  /** Per account: its contacts and the users who work on it, for activities and plans. */
  byAccount: Map<string, { contacts: ContactRef[]; userIds: string[] }>;
};

const teamCandidates = DEMO_USERS.filter((u) => u.role !== "ADMIN");

export function buildPeople(accounts: DemoAccount[], asOf: Date): PeopleData {
  const rng = createRng("people");
  const data: PeopleData = { contacts: [], coverage: [], team: [], byAccount: new Map() };
  for (const account of accounts) {
    // Non-key accounts past the first stage know one or two people at the customer, covered by the owner.
    if (!account.isKeyAccount && (account.stage === "EXPLORATORY" || rng.chance(0.5))) continue;
    const [cMin, cMax, tMin, tMax] = account.isKeyAccount ? SIZES[account.stage] : [1, 2, 0, 0];
    const deep = ["INTERDEPENDENT", "INTEGRATED"].includes(account.stage);
    const roles = [MAIN, BUYER, ...(deep ? SENIOR : []), ...rng.shuffle([...OTHERS, ...(deep ? [] : SENIOR)])]
      .slice(0, rng.int(cMin, cMax));
    const since = daysBetween(account.createdAt, asOf);
    const teamRoles = rng.shuffle(TEAM_ROLES);
    const members = rng.sample(teamCandidates.filter((u) => u.id !== account.ownerId), rng.int(tMin, tMax))
      .map((user, i) => ({ user, role: teamRoles[i] }));
    for (const { user, role } of members) {
      data.team.push({
        id: seedId("tm", data.team.length + 1), accountId: account.id, userId: user.id, teamRole: role,
        formal: deep ? rng.chance(0.85) : rng.chance(0.5), createdAt: daysBefore(asOf, rng.int(5, since)),
      });
    }
    const stageDepth = STAGE_DEPTH.indexOf(account.stage);
    const pattern = account.isKeyAccount ? patternFor(rng, account.stage) : "SINGLE";
    const refs: ContactRef[] = [];
    roles.forEach(([title, fn, level, buyingRole], i) => {
      const id = seedId("con", data.contacts.length + 1);
      const name = personName(rng, account.region);
      const covers = coverersOf(rng, pattern, i, fn, account.ownerId, members);
      const strength = Math.round(Math.min(5, Math.max(1, 1.5 + stageDepth * 0.5 + covers.length * 0.6 + rng.normal(0, 0.7))));
      data.contacts.push({
        id, accountId: account.id, name, title, department: DEPARTMENTS[fn],
        function: fn, level, buyingRole: rng.chance(0.85) ? buyingRole : null,
        personalityType: rng.chance(0.9) ? rng.pick(PERSONALITIES) : null,
        attitude: rng.weighted<Attitude>([["SUPPORTER", 2 + stageDepth], ["NEUTRAL", 4], ["OPPONENT", 1]]),
        relationshipStrength: strength,
        email: emailFor(name, account.domain),
        phone: `${DIAL[account.country]} ${rng.int(100, 999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
        ...(account.isKeyAccount && rng.chance(0.8) ? pickNeeds(rng) : {}),
        createdAt: daysBefore(asOf, rng.int(5, since)),
      });
      for (const userId of covers) {
        data.coverage.push({ id: seedId("cov", data.coverage.length + 1), contactId: id, userId, createdAt: daysBefore(asOf, rng.int(5, since)) });
      }
      refs.push({ id, name, fn });
    });
    data.byAccount.set(account.id, { contacts: refs, userIds: [account.ownerId, ...members.map((m) => m.user.id)] });
  }
  return data;
}

/** Our people covering contact `i` under the account's coverage pattern. */
function coverersOf(
  rng: Rng, pattern: Pattern, i: number, fn: ContactFunction, ownerId: string,
  members: { user: { id: string }; role: TeamRole }[],
): string[] {
  if (pattern === "SINGLE") return i === 0 ? [ownerId] : [];
  if (pattern === "BOW_TIE") return fn === "PURCHASING" ? [ownerId] : [];
  const matching = members.filter((m) => ROLE_COVERS[m.role].includes(fn)).map((m) => m.user.id);
  const ownerCovers = fn === "PURCHASING" || fn === "MANAGEMENT" || (pattern === "DIAMOND" && rng.chance(0.3));
  const users = [...(ownerCovers ? [ownerId] : []), ...matching.slice(0, pattern === "DIAMOND" ? 2 : 1)];
  // A diamond links (nearly) every contact; fill a gap with a random team member.
  if (pattern === "DIAMOND" && users.length === 0 && members.length) users.push(rng.pick(members).user.id);
  if (pattern === "PARTIAL" && users.length === 0 && rng.chance(0.3)) users.push(ownerId);
  return users;
}

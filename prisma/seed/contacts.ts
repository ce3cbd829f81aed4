/**
 * The customer's people and ours: contacts, account teams and who covers whom. Coverage follows the
 * stage: single-threaded and bow-tie early, diamond at Interdependent and beyond, with a few
 * Cooperative accounts deliberately left as a bow-tie so the coverage warning has something to show.
 */
import type {
  Attitude, BuyingRole, ContactFunction, ContactLevel, Influence, PersonalityType, Prisma, RelationshipLevel, RelationshipStage, TeamRole,
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

/** The account whose org chart is large (≥ 40 contacts): the demo account of the stakeholder map. */
export const STAKEHOLDER_DEMO_ACCOUNT = seedId("acc", 1);

/** The rest of a big customer's organisation below its usual first contacts: [title, function, level, buying role, reports to (index)]. */
const BIG_ORG: [string, ContactFunction, ContactLevel, BuyingRole | null, number | null][] = (() => {
  const rows: [string, ContactFunction, ContactLevel, BuyingRole | null, number | null][] = [
    ["Chairman", "MANAGEMENT", "BOARD", "DECISION_MAKER", null],
    ["Chief Executive", "MANAGEMENT", "BOARD", "DECISION_MAKER", 0],
    ["Executive Assistant to the CEO", "MANAGEMENT", "STAFF", "GATEKEEPER", 1],
  ];
  const departments: [ContactFunction, string, BuyingRole, string[]][] = [
    ["PURCHASING", "Purchasing", "PURCHASER", ["Category Manager", "Strategic Buyer", "Buyer"]],
    ["FINANCE", "Finance", "INFLUENCER", ["Controller", "Accounts Payable Lead"]],
    ["OPERATIONS", "Operations", "USER", ["Plant Manager", "Production Supervisor", "Shift Lead"]],
    ["RESEARCH_DEVELOPMENT", "R&D", "INFLUENCER", ["Engineering Manager", "Development Engineer"]],
    ["QUALITY", "Quality", "INFLUENCER", ["Quality Manager", "Quality Engineer", "Inspector"]],
    ["LOGISTICS", "Logistics", "USER", ["Logistics Manager", "Warehouse Supervisor"]],
    ["IT", "IT", "USER", ["IT Manager", "Systems Analyst"]],
    ["MARKETING", "Marketing", "INFLUENCER", ["Product Marketing Manager", "Market Analyst"]],
  ];
  const below: ContactLevel[] = ["MANAGER", "SUPERVISOR", "STAFF"];
  for (const [fn, name, role, titles] of departments) {
    const director = rows.length;
    rows.push([`${name} Director`, fn, "DIRECTOR", fn === "PURCHASING" ? "DECISION_MAKER" : "INFLUENCER", 1]);
    // A small chain below each director: manager → supervisor → staff, with a second staff member on larger teams.
    let manager = director;
    titles.forEach((title, i) => {
      rows.push([title, fn, below[Math.min(i, below.length - 1)], i === 0 ? role : "USER", manager]);
      manager = rows.length - 1;
    });
    rows.push([`${name} Assistant`, fn, "STAFF", fn === "PURCHASING" ? "GATEKEEPER" : null, director + 1]);
  }
  return rows;
})();

const LEVEL_RANK: ContactLevel[] = ["BOARD", "DIRECTOR", "MANAGER", "SUPERVISOR", "STAFF"];
const REL_LEVELS: RelationshipLevel[] = ["VENDOR", "CREDIBLE_SOURCE", "PROBLEM_SOLVER", "TRUSTED_ADVISOR"];

/** Influence follows level and buying role, with a little noise; a few are not assessed yet. */
function influenceOf(rng: Rng, level: ContactLevel, role: BuyingRole | null | undefined): Influence | null {
  if (rng.chance(0.1)) return null;
  const base = 3 - Math.min(3, LEVEL_RANK.indexOf(level)) + (role === "DECISION_MAKER" ? 1 : 0);
  const influences: Influence[] = ["LOW", "MEDIUM", "HIGH", "DECISIVE"];
  return influences[Math.max(0, Math.min(3, base + (rng.chance(0.25) ? -1 : 0)))];
}
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
  addOrganisations(data, accounts, asOf);
  return data;
}

/**
 * The stakeholder map's data, drawn from its own random stream so the contacts above stay as they were: the demo
 * account grows into a full organisation (≥ 40 contacts), key accounts get a reports-to tree (each contact under
 * someone a level higher, preferably of his own function), influence by level and role, and coverage levels
 * now → wanted (warmer on deeper relationships; we always want at least one step more with decision makers).
 */
function addOrganisations(data: PeopleData, accounts: DemoAccount[], asOf: Date) {
  const rng = createRng("org");
  const demo = accounts.find((a) => a.id === STAKEHOLDER_DEMO_ACCOUNT);
  if (demo && data.byAccount.has(demo.id)) {
    const known = data.byAccount.get(demo.id)!;
    const since = daysBetween(demo.createdAt, asOf);
    const ids: string[] = [];
    BIG_ORG.forEach(([title, fn, level, buyingRole], i) => {
      const id = seedId("org", i + 1);
      const name = personName(rng, demo.region);
      ids.push(id);
      data.contacts.push({
        id, accountId: demo.id, name, title, department: DEPARTMENTS[fn], function: fn, level, buyingRole,
        personalityType: rng.pick(PERSONALITIES), attitude: rng.weighted<Attitude>([["SUPPORTER", 4], ["NEUTRAL", 4], ["OPPONENT", 1]]),
        relationshipStrength: rng.int(1, 5), email: emailFor(name, demo.domain),
        phone: `${DIAL[demo.country]} ${rng.int(100, 999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
        createdAt: daysBefore(asOf, rng.int(5, since)),
      });
      known.contacts.push({ id, name, fn });
      // Our people cover most of the directors and the board; a few key people are left uncovered on purpose.
      const covers = level === "BOARD" || level === "DIRECTOR" ? (rng.chance(0.75) ? [rng.pick(known.userIds)] : []) : rng.chance(0.3) ? [rng.pick(known.userIds)] : [];
      for (const userId of covers) {
        data.coverage.push({ id: seedId("cov", data.coverage.length + 1), contactId: id, userId, createdAt: daysBefore(asOf, rng.int(5, since)) });
      }
    });
    BIG_ORG.forEach(([, , , , boss], i) => {
      if (boss === null) return;
      const row = data.contacts.find((c) => c.id === ids[i])!;
      row.reportsToId = ids[boss];
    });
  }

  const byAccount = new Map<string, Prisma.ContactCreateManyInput[]>();
  for (const contact of data.contacts) {
    const list = byAccount.get(contact.accountId) ?? [];
    list.push(contact);
    byAccount.set(contact.accountId, list);
  }
  const depthOf = new Map(accounts.map((a) => [a.id, { key: a.isKeyAccount, depth: STAGE_DEPTH.indexOf(a.stage) }]));
  for (const [accountId, contacts] of byAccount) {
    const account = depthOf.get(accountId);
    if (!account?.key) continue;
    for (const contact of contacts) {
      contact.influence = influenceOf(rng, contact.level, contact.buyingRole);
      if (contact.reportsToId !== undefined) continue;
      const rank = LEVEL_RANK.indexOf(contact.level);
      // His manager is at the nearest higher level that has anyone: same function first, else the management.
      for (let up = rank - 1; up >= 0; up--) {
        const above = contacts.filter((c) => c.level === LEVEL_RANK[up] && c.id !== contact.id);
        if (!above.length) continue;
        const boss = above.find((c) => c.function === contact.function) ?? above.find((c) => c.function === "MANAGEMENT") ?? rng.pick(above);
        contact.reportsToId = boss.id;
        break;
      }
      // Two board members: the general manager reports to the chairman.
      if (!contact.reportsToId && contact.level === "BOARD" && contact.title !== "Chairman") {
        contact.reportsToId = contacts.find((c) => c.title === "Chairman" && c.id !== contact.id)?.id ?? null;
      }
    }
  }

  const contactById = new Map(data.contacts.map((c) => [c.id, c]));
  for (const line of data.coverage) {
    const contact = contactById.get(line.contactId)!;
    const account = depthOf.get(contact.accountId);
    if (!account?.key) continue;
    const now = Math.max(0, Math.min(3, Math.round(account.depth * 0.6 + rng.normal(0, 0.8))));
    const step = contact.buyingRole === "DECISION_MAKER" || contact.level === "BOARD" ? rng.int(1, 2) : rng.int(0, 1);
    line.levelNow = rng.chance(0.9) ? REL_LEVELS[now] : null;
    line.levelWanted = REL_LEVELS[Math.min(3, now + step)];
  }
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

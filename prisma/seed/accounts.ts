/**
 * Customer accounts. Each gets a lognormal size factor (`weight`, median 1) that later drives its orders,
 * its assessment scores and whether it is a key account, so the data tells one consistent story.
 */
import type {
  CompanySize, CreditRating, LifecyclePhase, Prisma, Quadrant, RelationshipStage, SalesScenario,
} from "@/lib/generated/prisma/client";
import { DEMO_COUNTS, GROUP_CHILDREN } from "./counts";
import { companyName, domainOf, INDUSTRIES, nameParts, pickPlace, type NameParts, type Place } from "./names";
import { localCompanyName } from "./local-names";
import { createRng, seedId, type Rng } from "./random";
import { daysBefore } from "./time";
import { DEMO_USERS, type DemoUser } from "./users";
import { accountTexts } from "./texts";
import type { Trend } from "./trends";

export type DemoAccount = {
  index: number;
  id: string;
  name: string;
  /** The Chinese legal name of a company in China (local-names.ts), else null. */
  localName: string | null;
  domain: string;
  industry: string;
  region: string;
  country: string;
  size: CompanySize;
  annualRevenue: string;
  creditRating: CreditRating;
  lifecyclePhase: LifecyclePhase;
  salesScenario: SalesScenario;
  stage: RelationshipStage;
  stageChangedAt: Date;
  isKeyAccount: boolean;
  /** Set by assessments.ts from the latest assessment. */
  quadrant: Quadrant | null;
  ownerId: string;
  parentId: string | null;
  createdAt: Date;
  /** Generation only: relative size of our business with the account. */
  weight: number;
  trend: Trend;
};

/** Spread of the size factor; tuned so that the top 20 % of accounts bring about 80 % of revenue. */
const WEIGHT_SIGMA = 1.45;

const TRENDS: [Trend, number][] = [["STEADY", 53], ["GROWING", 20], ["DECLINING", 12], ["QUIET", 7], ["NEW", 8]];

const LIFECYCLE: Record<Trend, [LifecyclePhase, number][]> = {
  STEADY: [["MATURITY", 7], ["GROWTH", 3]],
  GROWING: [["GROWTH", 1]],
  DECLINING: [["DECLINE", 1]],
  QUIET: [["CHURN", 3], ["DECLINE", 1]],
  NEW: [["ACQUISITION", 1]],
};

const SCENARIOS: [SalesScenario, number][] = [["PRE_SALES", 2], ["BIDDING", 2], ["DELIVERY", 3], ["AFTER_SALES", 3]];

function sizeOf(annualRevenue: number): CompanySize {
  if (annualRevenue < 30e6) return "SMALL";
  if (annualRevenue < 300e6) return "MEDIUM";
  if (annualRevenue < 3e9) return "LARGE";
  return "ENTERPRISE";
}

/** Bigger, healthier customers rate better; decline and silence cost a notch or two. */
function creditOf(rng: Rng, weight: number, trend: Trend): CreditRating {
  const score = 0.5 * Math.log(weight) + rng.normal() - (trend === "DECLINING" ? 0.6 : 0) - (trend === "QUIET" ? 1 : 0);
  const scale: [number, CreditRating][] = [[1.8, "AAA"], [1, "AA"], [0.3, "A"], [-0.4, "BBB"], [-1.1, "BB"], [-1.8, "B"]];
  return scale.find(([min]) => score > min)?.[1] ?? "C";
}

const owners = DEMO_USERS.filter((u) => u.ownerWeight > 0).map((u) => [u, u.ownerWeight] as const);
const managerOwners = owners.filter(([u]) => u.role === "MANAGER");

type Draft = { place: Place; industry: string; parts: NameParts; weight: number; grouped: boolean; parent?: DemoAccount };

function buildAccount(rng: Rng, asOf: Date, index: number, draft: Draft, owner: DemoUser, name: string): Omit<DemoAccount, "localName"> {
  // Groups are established customers: neither brand new nor gone quiet.
  const trend = draft.grouped ? rng.weighted<Trend>([["STEADY", 3], ["GROWING", 1]]) : rng.weighted(TRENDS);
  const annualRevenue = Math.round(60e6 * draft.weight ** 0.9 * rng.lognormal(0, 0.5) / 1000) * 1000;
  const createdDaysAgo = trend === "NEW" ? rng.int(40, 380) : rng.int(1100, 2600);
  return {
    index,
    id: seedId("acc", index + 1),
    name,
    domain: domainOf(name),
    industry: draft.industry,
    region: draft.place.region,
    country: draft.place.country,
    size: sizeOf(annualRevenue),
    annualRevenue: annualRevenue.toFixed(2),
    creditRating: creditOf(rng, draft.weight, trend),
    lifecyclePhase: rng.weighted(LIFECYCLE[trend]),
    salesScenario: trend === "NEW" ? rng.pick<SalesScenario>(["PRE_SALES", "BIDDING"]) : rng.weighted(SCENARIOS),
    // Stages are set by stages.ts once key accounts are known.
    stage: "EXPLORATORY",
    stageChangedAt: daysBefore(asOf, createdDaysAgo),
    isKeyAccount: false,
    quadrant: null,
    ownerId: owner.id,
    parentId: draft.parent?.id ?? null,
    createdAt: daysBefore(asOf, createdDaysAgo),
    weight: draft.weight,
    trend,
  };
}

/** Group parents with their subsidiaries first (parents before children, for the foreign key), then the rest. */
function drafts(rng: Rng): Draft[] {
  const list: Draft[] = [];
  for (let g = 0; g < DEMO_COUNTS.accounts - DEMO_COUNTS.groupChildren; g++) {
    const place = pickPlace(rng);
    const industry = rng.pick(INDUSTRIES);
    // Group parents are big customers; most of them end up among the key accounts.
    const grouped = g < GROUP_CHILDREN.length;
    const weight = grouped ? rng.lognormal(3, 0.4) : rng.lognormal(0, WEIGHT_SIGMA);
    list.push({ place, industry, parts: nameParts(rng, place, industry), weight, grouped });
  }
  return list;
}

export function buildAccounts(asOf: Date): DemoAccount[] {
  const rng = createRng("accounts");
  const accounts: DemoAccount[] = [];
  const names = new Set<string>();
  const add = (draft: Draft, owner: DemoUser, subsidiary: boolean) => {
    let name = companyName(draft.place, draft.parts, subsidiary);
    // Retry with a new brand on the rare clash so every name is unique (searching by name stays unambiguous).
    for (let tries = 0; names.has(name) && tries < 20; tries++) {
      draft.parts = nameParts(rng, draft.place, draft.industry);
      name = companyName(draft.place, draft.parts, subsidiary);
    }
    names.add(name);
    const account = { ...buildAccount(rng, asOf, accounts.length, draft, owner, name), localName: localCompanyName(draft.place, draft.parts, subsidiary) };
    accounts.push(account);
    return account;
  };
  const all = drafts(rng);
  all.slice(0, GROUP_CHILDREN.length).forEach((draft, g) => {
    const parent = add(draft, rng.weighted(managerOwners), false);
    for (let c = 0; c < GROUP_CHILDREN[g]; c++) {
      const place = pickPlace(rng);
      const child: Draft = { place, industry: draft.industry, parts: draft.parts, weight: rng.lognormal(0.3, 1.1), grouped: true, parent };
      const owner = rng.chance(0.7) ? DEMO_USERS.find((u) => u.id === parent.ownerId)! : rng.weighted(managerOwners);
      add(child, owner, true);
    }
  });
  for (const draft of all.slice(GROUP_CHILDREN.length)) add(draft, rng.weighted(owners), false);
  markKeyAccounts(rng, accounts);
  return accounts;
}

/**
 * Group parents and the largest established accounts, plus a few promising mid-sized ones chosen for
 * their potential rather than their revenue.
 */
function markKeyAccounts(rng: Rng, accounts: DemoAccount[]) {
  const parents = new Set(accounts.map((a) => a.parentId));
  const rank = (a: DemoAccount) => (parents.has(a.id) ? Infinity : a.weight);
  const ranked = accounts.filter((a) => a.trend !== "NEW").sort((a, b) => rank(b) - rank(a));
  const largest = ranked.slice(0, DEMO_COUNTS.keyAccounts - 8);
  const promising = rng.sample(ranked.slice(150, 700).filter((a) => a.trend !== "QUIET"), 8);
  for (const account of [...largest, ...promising]) {
    account.isKeyAccount = true;
    // Key accounts are looked after by managers, not directors.
    if (!managerOwners.some(([u]) => u.id === account.ownerId)) account.ownerId = rng.weighted(managerOwners).id;
  }
}

/** Database rows: the generation-only fields stay behind; key accounts get a company profile. */
export function accountRows(accounts: DemoAccount[]): Prisma.AccountCreateManyInput[] {
  const rng = createRng("account-texts");
  return accounts.map((a) => ({
    id: a.id, name: a.name, localName: a.localName, industry: a.industry, region: a.region, country: a.country, size: a.size,
    annualRevenue: a.annualRevenue, creditRating: a.creditRating, lifecyclePhase: a.lifecyclePhase,
    salesScenario: a.salesScenario, stage: a.stage, stageChangedAt: a.stageChangedAt, isKeyAccount: a.isKeyAccount,
    quadrant: a.quadrant, ownerId: a.ownerId, parentId: a.parentId, createdAt: a.createdAt,
    ...(a.isKeyAccount ? accountTexts(rng, a.industry, a.trend) : {}),
  }));
}

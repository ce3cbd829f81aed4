/**
 * The request mix of the load benchmark (prisma/bench/load.ts): what one signed-in person does, as a fixed,
 * seeded sequence of requests the benchmark's connection repeats. Mostly page views of the screens people work
 * in; about one request in ten a write, an activity logged on an account the person may change.
 */
import { ActivityType } from "@/lib/generated/prisma/enums";
import { createRng, type Rng } from "@/prisma/seed/random";

/** One person of the load: what they see (viewable) and what they may change (editable), account ids. */
export type LoadPersona = { email: string; role: "DIRECTOR" | "MANAGER"; viewable: readonly string[]; editable: readonly string[] };

/** One request; `label` groups requests of the same kind (ids and varying parameters left out) for the report. */
export type LoadStep = { label: string; method: "GET" | "POST"; path: string; body?: string };

export const WRITE_LABEL = "POST /api/v1/activities";

const ACCOUNT_TABS = ["contacts", "activities", "orders", "team", "plan", "whitespace", "history"] as const;
const SORTS = ["revenue12m", "health", "name", "risk", "clv12m", "stage"] as const;
const FILTERS = ["stage=COOPERATIVE", "stage=BASIC", "quadrant=STAR", "quadrant=QUESTION", "health=AT_RISK", "risk=HIGH", "key=1"] as const;
const ACCOUNT_WORDS = ["steel", "logistics", "energy", "medical", "auto", "chem", "tech"] as const;
const CONTACT_WORDS = ["wang", "li", "chen", "zhang", "schmidt", "anna"] as const;
const ACTIVITY_TYPES = [ActivityType.CALL, ActivityType.MEETING, ActivityType.EMAIL, ActivityType.VISIT, ActivityType.OTHER] as const;

type Kind =
  | "dashboard" | "accounts" | "accountsSorted" | "accountsFiltered" | "accountsSearch" | "accountsPage"
  | "account" | "accountTab" | "contacts" | "contactsSearch" | "board" | "myWork" | "notifications" | "logActivity";

/** Shares of the mix in percent (they sum to 100): a working day spent mostly on accounts, one request in ten a write. */
export const MIX: readonly (readonly [Kind, number])[] = [
  ["dashboard", 8],
  ["accounts", 8],
  ["accountsSorted", 4],
  ["accountsFiltered", 4],
  ["accountsSearch", 3],
  ["accountsPage", 2],
  ["account", 14],
  ["accountTab", 24],
  ["contacts", 5],
  ["contactsSearch", 2],
  ["board", 5],
  ["myWork", 6],
  ["notifications", 5],
  ["logActivity", 10],
];

/**
 * `length` requests for one person, the same for the same seed. Tabs open on the account the person last opened,
 * as they would click through it; an activity goes to that account when the person may change it, otherwise to
 * one of their editable accounts. A person who may change no account (or sees none) gets no write or account page.
 */
export function buildMix(persona: LoadPersona, length: number, seed: string): LoadStep[] {
  const rng = createRng(`load:${seed}:${persona.email}`);
  const editable = new Set(persona.editable);
  const kinds = MIX.filter(([kind]) => {
    if (kind === "logActivity") return persona.editable.length > 0;
    if (kind === "account" || kind === "accountTab") return persona.viewable.length > 0;
    return true;
  });
  let current = persona.viewable[0];
  const steps: LoadStep[] = [];
  for (let n = 1; n <= length; n++) {
    const kind = rng.weighted(kinds);
    if (kind === "account") current = rng.pick(persona.viewable);
    steps.push(stepOf(kind, rng, current, n, () => (editable.has(current) ? current : rng.pick(persona.editable))));
  }
  return steps;
}

function stepOf(kind: Kind, rng: Rng, account: string, n: number, writable: () => string): LoadStep {
  const get = (label: string, path: string): LoadStep => ({ label, method: "GET", path });
  switch (kind) {
    case "dashboard":
      return get("GET /dashboard", "/dashboard");
    case "accounts":
      return get("GET /accounts", "/accounts");
    case "accountsSorted":
      return get("GET /accounts?sort", `/accounts?sort=${rng.pick(SORTS)}&dir=${rng.pick(["asc", "desc"])}`);
    case "accountsFiltered":
      return get("GET /accounts?filter", `/accounts?${rng.pick(FILTERS)}`);
    case "accountsSearch":
      return get("GET /accounts?q", `/accounts?q=${rng.pick(ACCOUNT_WORDS)}`);
    case "accountsPage":
      return get("GET /accounts?page", `/accounts?page=${rng.int(2, 5)}`);
    case "account":
      return get("GET /accounts/[id]", `/accounts/${account}`);
    case "accountTab": {
      const tab = rng.pick(ACCOUNT_TABS);
      return get(`GET /accounts/[id]?tab=${tab}`, `/accounts/${account}?tab=${tab}`);
    }
    case "contacts":
      return get("GET /contacts", "/contacts");
    case "contactsSearch":
      return get("GET /contacts?q", `/contacts?q=${rng.pick(CONTACT_WORDS)}`);
    case "board":
      return get("GET /board", "/board");
    case "myWork":
      return get("GET /my-work", "/my-work");
    case "notifications":
      return get("GET /notifications", "/notifications");
    case "logActivity": {
      const type = rng.pick(ACTIVITY_TYPES);
      const body = { accountId: writable(), type, summary: `Load benchmark: ${type.toLowerCase()} ${n}, agreed next steps with the buyer.` };
      return { label: WRITE_LABEL, method: "POST", path: "/api/v1/activities", body: JSON.stringify(body) };
    }
  }
}

/** The documented sizes of the demo data set; tests check the database against them. */

/** Children per group parent (8 groups, 2–5 subsidiaries each). */
export const GROUP_CHILDREN = [4, 3, 5, 2, 3, 4, 2, 3] as const;

export const DEMO_COUNTS = {
  users: 11,
  admins: 1,
  directors: 2,
  managers: 8,
  /** All customer accounts, group parents and subsidiaries included. */
  accounts: 2_100,
  groupParents: GROUP_CHILDREN.length,
  groupChildren: GROUP_CHILDREN.reduce((sum, n) => sum + n, 0),
  keyAccounts: 64,
  /** Orders are drawn around this target; the exact number is deterministic but never below `minOrders`. */
  orderTarget: 165_000,
  minOrders: 150_000,
  /** Accounts besides the key accounts that get a matrix assessment. */
  assessedOthers: 200,
  accountPlans: 20,
  /** The demo account (account 1) is a whole organisation for the stakeholder map: at least this many contacts. */
  stakeholderDemoContacts: 40,
} as const;

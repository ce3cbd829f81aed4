/** The stakeholder map: the customer's org chart (reports-to), coverage levels and gaps, and the contact lifecycle rules. */
export { buildStakeholderMap, DEFAULT_UNTOUCHED_DAYS, isKeyContact } from "./map";
export { reportsToProblem, wouldCreateCycle, type OrgContact, type ReportsToProblem } from "./reports-to";
export { departureProblem, filledFields, higherLevel } from "./lifecycle";
export {
  BUYING_ROLES, INFLUENCES, RELATIONSHIP_LEVELS,
  type Attitude, type BuyingRole, type ContactLevel, type Influence, type RelationshipLevel,
  type StakeholderContact, type StakeholderCoverage, type StakeholderEdge, type StakeholderGaps,
  type StakeholderMap, type StakeholderNode,
} from "./types";

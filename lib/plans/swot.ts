/** The four SWOT lists of a plan, as the AccountPlan columns name them; apart from the schemas so client code loads no zod. */
export const SWOT_LISTS = ["strengths", "weaknesses", "opportunities", "threats"] as const;
export type SwotList = (typeof SWOT_LISTS)[number];

// The account's whitespace tab's client components, fetched together when the tab is drawn (whitespace-tab-lazy.tsx).
export { BuyingCentres } from "./buying-centres";
export { OpportunityList } from "./opportunity-list";
export { WhitespaceGrid } from "./whitespace-grid";

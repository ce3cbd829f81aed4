// The team tab's client components, fetched together when the tab is drawn (team-tab-lazy.tsx).
export { TeamAddForm } from "./team-add-form";
export { TeamActionsCell, TeamFormalCell, TeamMemberRow, TeamRoleCell } from "./team-member-row";

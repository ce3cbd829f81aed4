"use client";

import dynamic from "next/dynamic";

/**
 * The account page's tabs import their client components from here: each loads (as its own chunk) only when a tab
 * that shows it is rendered. Imported directly, every tab's client code was part of the page's first load on any
 * tab. Rendered on the server as before; the browser fetches a tab's chunks while it hydrates that tab.
 */
export const AddContact = dynamic(() => import("./add-contact").then((m) => m.AddContact));
export const ContactCard = dynamic(() => import("./contact-card").then((m) => m.ContactCard));
export const LeftContacts = dynamic(() => import("./left-contacts").then((m) => m.LeftContacts));
export const ActivityQuickForm = dynamic(() => import("./activity-quick-form").then((m) => m.ActivityQuickForm));
export const ComplaintForm = dynamic(() => import("./complaint-form").then((m) => m.ComplaintForm));
export const Timeline = dynamic(() => import("./timeline").then((m) => m.Timeline));
export const OrdersChart = dynamic(() => import("./orders-chart").then((m) => m.OrdersChart));
export const TeamAddForm = dynamic(() => import("./team-add-form").then((m) => m.TeamAddForm));
export const TeamMemberRow = dynamic(() => import("./team-member-row").then((m) => m.TeamMemberRow));
export const TeamRoleCell = dynamic(() => import("./team-member-row").then((m) => m.TeamRoleCell));
export const TeamFormalCell = dynamic(() => import("./team-member-row").then((m) => m.TeamFormalCell));
export const TeamActionsCell = dynamic(() => import("./team-member-row").then((m) => m.TeamActionsCell));
export const NewPlanForm = dynamic(() => import("./new-plan-form").then((m) => m.NewPlanForm));
export const PlanObjective = dynamic(() => import("./plan-objective").then((m) => m.PlanObjective));
export const ObjectiveAdder = dynamic(() => import("./objective-adder").then((m) => m.ObjectiveAdder));
export const BusinessReviews = dynamic(() => import("@/components/plans/business-reviews").then((m) => m.BusinessReviews));
export const RiskRegister = dynamic(() => import("@/components/plans/risk-register").then((m) => m.RiskRegister));
export const SwotEditor = dynamic(() => import("@/components/plans/swot-editor").then((m) => m.SwotEditor));
export const BuyingCentres = dynamic(() => import("@/components/whitespace/buying-centres").then((m) => m.BuyingCentres));
export const OpportunityList = dynamic(() => import("@/components/whitespace/opportunity-list").then((m) => m.OpportunityList));
export const WhitespaceGrid = dynamic(() => import("@/components/whitespace/whitespace-grid").then((m) => m.WhitespaceGrid));

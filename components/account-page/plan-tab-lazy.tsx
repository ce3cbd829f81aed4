"use client";

import dynamic from "next/dynamic";

// The plan tab's client code is its own chunk: a page loads it only when it draws the tab, and the server's HTML
// for that tab preloads it (next/dynamic), so it arrives beside the page's own code.

export const BusinessReviews = dynamic(() => import("./plan-tab-parts").then((m) => m.BusinessReviews));
export const RiskRegister = dynamic(() => import("./plan-tab-parts").then((m) => m.RiskRegister));
export const SwotEditor = dynamic(() => import("./plan-tab-parts").then((m) => m.SwotEditor));
export const NewPlanForm = dynamic(() => import("./plan-tab-parts").then((m) => m.NewPlanForm));
export const ObjectiveAdder = dynamic(() => import("./plan-tab-parts").then((m) => m.ObjectiveAdder));
export const PlanObjective = dynamic(() => import("./plan-tab-parts").then((m) => m.PlanObjective));

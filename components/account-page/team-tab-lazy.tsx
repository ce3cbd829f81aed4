"use client";

import dynamic from "next/dynamic";

// The team tab's client code is its own chunk: a page loads it only when it draws the tab, and the server's HTML
// for that tab preloads it (next/dynamic), so it arrives beside the page's own code.

export const TeamAddForm = dynamic(() => import("./team-tab-parts").then((m) => m.TeamAddForm));
export const TeamMemberRow = dynamic(() => import("./team-tab-parts").then((m) => m.TeamMemberRow));
export const TeamRoleCell = dynamic(() => import("./team-tab-parts").then((m) => m.TeamRoleCell));
export const TeamFormalCell = dynamic(() => import("./team-tab-parts").then((m) => m.TeamFormalCell));
export const TeamActionsCell = dynamic(() => import("./team-tab-parts").then((m) => m.TeamActionsCell));

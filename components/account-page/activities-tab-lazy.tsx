"use client";

import dynamic from "next/dynamic";

// The activities tab's client code is its own chunk: a page loads it only when it draws the tab, and the server's HTML
// for that tab preloads it (next/dynamic), so it arrives beside the page's own code.

export const ActivityQuickForm = dynamic(() => import("./activities-tab-parts").then((m) => m.ActivityQuickForm));
export const ComplaintForm = dynamic(() => import("./activities-tab-parts").then((m) => m.ComplaintForm));
export const Timeline = dynamic(() => import("./activities-tab-parts").then((m) => m.Timeline));

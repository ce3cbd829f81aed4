"use client";

import dynamic from "next/dynamic";

// The whitespace tab's client code is its own chunk: a page loads it only when it draws the tab, and the server's HTML
// for that tab preloads it (next/dynamic), so it arrives beside the page's own code.

export const BuyingCentres = dynamic(() => import("./whitespace-tab-parts").then((m) => m.BuyingCentres));
export const OpportunityList = dynamic(() => import("./whitespace-tab-parts").then((m) => m.OpportunityList));
export const WhitespaceGrid = dynamic(() => import("./whitespace-tab-parts").then((m) => m.WhitespaceGrid));

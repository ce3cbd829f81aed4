"use client";

import dynamic from "next/dynamic";

// The contacts tab's client code is its own chunk: a page loads it only when it draws the tab, and the server's HTML
// for that tab preloads it (next/dynamic), so it arrives beside the page's own code.

export const AddContact = dynamic(() => import("./contacts-tab-parts").then((m) => m.AddContact));
export const ContactCard = dynamic(() => import("./contacts-tab-parts").then((m) => m.ContactCard));
export const LeftContacts = dynamic(() => import("./contacts-tab-parts").then((m) => m.LeftContacts));

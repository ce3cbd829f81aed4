// The contacts tab's client components, fetched together when the tab is drawn (contacts-tab-lazy.tsx).
export { AddContact } from "./add-contact";
export { ContactCard } from "./contact-card";
export { LeftContacts } from "./left-contacts";

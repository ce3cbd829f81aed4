/** What quick-find answers (GET /search), shared by the query and the shell's combobox. */
export type AccountHit = {
  id: string;
  name: string;
  localName: string | null;
  externalRef: string | null;
  industry: string;
  region: string;
  archived: boolean;
};
export type ContactHit = {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  accountId: string;
  accountName: string;
};
export type UserHit = { id: string; name: string; email: string; active: boolean; href: string };
export type QuickFindResults = { query: string; accounts: AccountHit[]; contacts: ContactHit[]; users: UserHit[] };

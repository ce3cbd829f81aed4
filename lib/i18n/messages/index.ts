import type { Locale } from "../config";
import { core } from "./core";
import { domain } from "./domain";
import { accounts } from "./accounts";
import { accountPage } from "./account-page";
import { contacts } from "./contacts";
import { csvImport } from "./csv-import";
import { scoring } from "./scoring";
import { admin } from "./admin";
import { board } from "./board";
import { dashboard } from "./dashboard";
import { jobs } from "./jobs";
import { users } from "./users";
import { auth } from "./auth";
import { notifications } from "./notifications";
import { myWork } from "./my-work";
import { duplicates } from "./duplicates";
import { savedViews } from "./saved-views";
import { webhooks } from "./webhooks";
import { search } from "./search";
import { shell } from "./shell";
import { ux } from "./ux";
import { api } from "./api";
import { clv } from "./clv";
import { whitespace } from "./whitespace";
import { planDocument } from "./plan-document";
import { stakeholders } from "./stakeholders";
import { healthEvidence } from "./health-evidence";
import { health } from "./health";

/**
 * All UI strings. Each feature keeps its strings in its own module here (core, domain, accounts …) and is
 * mounted under its own top-level key; `core` is spread at the top.
 */
const modules = { domain, accounts, accountPage, contacts, csvImport, scoring, admin, board, dashboard, jobs, auth, notifications, myWork, users, api, search, shell, ux, webhooks, clv, duplicates, savedViews, health, healthEvidence, stakeholders, planDocument, whitespace };

function build(locale: Locale) {
  return {
    ...core[locale],
    ...Object.fromEntries(Object.entries(modules).map(([name, m]) => [name, m[locale]])),
  } as typeof core.en & { [K in keyof typeof modules]: (typeof modules)[K]["en"] };
}

export type Messages = ReturnType<typeof build>;
export const MESSAGES: Record<Locale, Messages> = { en: build("en"), zh: build("zh") };

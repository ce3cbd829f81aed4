import "server-only";
import { isAdmin, type SessionUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { likePattern } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasCjk, isSearchable, normaliseQuery, QUICK_FIND_LIMIT } from "./schemas";
import type { AccountHit, ContactHit, QuickFindResults, UserHit } from "./types";

export type { QuickFindResults };

const EMPTY = (query: string): QuickFindResults => ({ query, accounts: [], contacts: [], users: [] });

/**
 * How close the query must come to a run of words of a name for `<%` (default 0.6): 0.45 lets one typo through
 * in a word of six to eight letters ("westfeld" → "Westfield") without flooding short queries with noise.
 */
const WORD_SIMILARITY = 0.45;

/** `text` as an ILIKE "starts with" pattern. */
const prefixPattern = (text: string) => `${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * CJK text has no trigrams under the cluster's C locale, so similarity cannot see it: a Chinese query matches as
 * a substring, or, a little looser, as its characters in order with anything between ("上海物流" finds
 * "上海东方物流有限公司").
 */
const inOrderPattern = (text: string) => `%${[...text.replace(/\s+/g, "")].map((ch) => ch.replace(/[\\%_]/g, "\\$&")).join("%")}%`;

/** The digits of a query that looks like a phone number (at least four), else null. */
function phoneDigits(q: string): string | null {
  if (!/^[+\d\s().-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  return digits.length >= 4 ? digits : null;
}

/**
 * Quick-find over accounts, contacts and users by name, local-language name, e-mail, phone and external
 * reference. Fuzzy through pg_trgm: `%` (similarity) and `<%` (word similarity: the query close to a word run of
 * the name, so "westfeld" finds "Westfield Logistics") and ILIKE, all three answered by the trigram GIN indexes
 * on Account name/localName and Contact name/email; exact, prefix and substring hits rank first.
 *
 * What each role sees is what its lists show: every user reads every account (archived ones last and marked);
 * contacts of archived accounts are left out as in the contacts list; users are the admin's to manage, so an
 * admin finds every user (to open in user administration) and everyone else finds active users only (to open
 * their accounts).
 */
export async function quickFind(db: Db, user: SessionUser, raw: string, limit = QUICK_FIND_LIMIT): Promise<QuickFindResults> {
  const q = normaliseQuery(raw);
  if (!isSearchable(q)) return EMPTY(q);
  // One transaction, so the looser word-similarity threshold applies to these statements only (SET LOCAL).
  const [, accounts, contacts, userRows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
    findAccounts(db, q, limit),
    findContacts(db, q, limit),
    findUsers(db, user, q, limit),
  ]);
  const admin = isAdmin(user);
  const users = userRows.map((row) => ({ ...row, href: admin ? `/admin/users/${row.id}` : `/accounts?owner=${encodeURIComponent(row.id)}` }));
  return { query: q, accounts, contacts, users };
}

function findAccounts(db: Db, q: string, limit: number) {
  const pattern = likePattern(q);
  const prefix = prefixPattern(q);
  const cjk = hasCjk(q) ? Prisma.sql`OR a."localName" ILIKE ${inOrderPattern(q)} OR a.name ILIKE ${inOrderPattern(q)}` : Prisma.empty;
  return db.$queryRaw<AccountHit[]>`
    SELECT a.id, a.name, a."localName", a."externalRef", a.industry, a.region, a.archived
    FROM "Account" a
    WHERE a.name % ${q} OR ${q} <% a.name OR a.name ILIKE ${pattern}
      OR a."localName" % ${q} OR ${q} <% a."localName" OR a."localName" ILIKE ${pattern}
      OR a."externalRef" = ${q} ${cjk}
    ORDER BY a.archived ASC,
      GREATEST(
        CASE WHEN lower(a.name) = lower(${q}) OR a."localName" = ${q} OR a."externalRef" = ${q} THEN 3
             WHEN a.name ILIKE ${prefix} OR a."localName" ILIKE ${prefix} THEN 2
             WHEN a.name ILIKE ${pattern} OR a."localName" ILIKE ${pattern} THEN 1.5
             ELSE 0 END,
        word_similarity(${q}, a.name), similarity(a.name, ${q}), COALESCE(word_similarity(${q}, a."localName"), 0)
      ) DESC,
      a.name ASC, a.id ASC
    LIMIT ${limit}`;
}

function findContacts(db: Db, q: string, limit: number) {
  const pattern = likePattern(q);
  const prefix = prefixPattern(q);
  const digits = phoneDigits(q);
  const phone = digits ? Prisma.sql`OR regexp_replace(c.phone, '\\D', '', 'g') LIKE ${`%${digits}%`}` : Prisma.empty;
  return db.$queryRaw<ContactHit[]>`
    SELECT c.id, c.name, c.title, c.email, c.phone, a.id AS "accountId", a.name AS "accountName"
    FROM "Contact" c JOIN "Account" a ON a.id = c."accountId"
    WHERE NOT a.archived
      AND (c.name % ${q} OR ${q} <% c.name OR c.name ILIKE ${pattern} OR c.email ILIKE ${pattern} ${phone})
    ORDER BY
      GREATEST(
        CASE WHEN lower(c.name) = lower(${q}) OR lower(c.email) = lower(${q}) THEN 3
             WHEN c.name ILIKE ${prefix} OR c.email ILIKE ${prefix} THEN 2
             WHEN c.name ILIKE ${pattern} OR c.email ILIKE ${pattern} THEN 1.5
             ELSE 0 END,
        word_similarity(${q}, c.name), similarity(c.name, ${q})
      ) DESC,
      c.name ASC, c.id ASC
    LIMIT ${limit}`;
}

function findUsers(db: Db, viewer: SessionUser, q: string, limit: number) {
  const pattern = likePattern(q);
  return db.$queryRaw<Omit<UserHit, "href">[]>`
    SELECT u.id, u.name, u.email, u.active
    FROM "User" u
    WHERE (${isAdmin(viewer)} OR u.active)
      AND (u.name % ${q} OR ${q} <% u.name OR u.name ILIKE ${pattern} OR u.email ILIKE ${pattern})
    ORDER BY u.active DESC,
      GREATEST(
        CASE WHEN lower(u.name) = lower(${q}) OR lower(u.email) = lower(${q}) THEN 3
             WHEN u.name ILIKE ${pattern} OR u.email ILIKE ${pattern} THEN 1.5 ELSE 0 END,
        word_similarity(${q}, u.name), similarity(u.name, ${q})
      ) DESC,
      u.name ASC, u.id ASC
    LIMIT ${limit}`;
}

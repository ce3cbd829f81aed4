import "server-only";
import { updateAccountVersioned } from "@/lib/accounts/writes";
import { canManagePortfolio } from "@/lib/auth/roles";
import { NOTE_MAX } from "@/lib/board/schemas";
import { ACCOUNT_IMPORT_COLUMNS, type AccountImportKey } from "@/lib/csv/account-import-columns";
import type { ImportReason } from "@/lib/csv-import/report";
import { normalizeBoolean, normalizeDecimal, normalizeEnum } from "@/lib/csv/values";
import { zodReasons } from "@/lib/csv-import/zod-reasons";
import { CompanySize, CreditRating, LifecyclePhase, RelationshipStage } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/i18n/messages";
import { canTransition, STAGE_INFO, UNCOUPLING_REASON_INFO, UNCOUPLING_REASONS, type Stage, type UncouplingReason } from "@/lib/stages";
import { ZAccountInput } from "@/lib/accounts/schemas";
import { compactName, normalizeCompanyName } from "@/lib/duplicates/normalize";
import { findDuplicateCandidatesMany } from "@/lib/duplicates/queries";
import { optionalText } from "@/lib/validation/fields";
import { IMPORT_CHUNK, sortIssues, type Importer } from "./types";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A new account is created as the account form creates one (EXPLORATORY, not a key account); what else the row
 * asks for is then applied as the UI applies it: the key-account flag as a director's confirmation, the stage as
 * a board move (stage engine rules, StageTransition row, version bump, audit).
 */
type NewAccount = {
  data: Prisma.AccountCreateManyInput;
  parentName: string | null;
  isKeyAccount: boolean;
  stage: Stage;
  reasons: UncouplingReason[];
  note: string | null;
};
type AccountPlan = { accounts: NewAccount[] };

const STAGE_LABELS = (["en", "zh"] as const).map((l) => Object.fromEntries(Object.entries(STAGE_INFO).map(([k, v]) => [k, v.label[l]])));
const REASON_LABELS = (["en", "zh"] as const).map((l) => Object.fromEntries(Object.entries(UNCOUPLING_REASON_INFO).map(([k, v]) => [k, v.label[l]])));
const domainLabels = (group: "size" | "lifecycle") => [MESSAGES.en.domain[group], MESSAGES.zh.domain[group]];
const ZStageNote = optionalText(NOTE_MAX, { multiline: true });

const invalidValue = (column: string | undefined, value: string, allowed: readonly string[]): ImportReason => ({
  column, key: "csvImport.reason.invalidValue", values: { value, allowed: allowed.join(", ") },
});

/** "KEY_PERSON_CHANGE; Lack of trust、质量问题": the reason keys, or the first value that is none. */
function parseReasons(cell: string): { reasons: UncouplingReason[] } | { unknown: string } {
  const reasons = new Set<UncouplingReason>();
  for (const part of cell.split(/[,;，；、|\n]/).map((p) => p.trim()).filter(Boolean)) {
    const key = normalizeEnum(part, UNCOUPLING_REASONS, REASON_LABELS);
    if (!(UNCOUPLING_REASONS as readonly string[]).includes(key)) return { unknown: part };
    reasons.add(key as UncouplingReason);
  }
  return { reasons: [...reasons] };
}

/** Names probed for duplicates per statement. */
const DUPLICATE_BATCH = 500;

/**
 * New accounts against the existing ones, as the account form checks one (lib/duplicates): the same normalised
 * name as an existing account (case, width, punctuation or legal form apart: "ACME Co., Ltd." and "Acme Limited")
 * refuses the row with a reason naming that account — the form would have asked, and a file cannot answer; a
 * close name is written and listed as a warning. The same normalised name twice in the file refuses the second row.
 */
async function checkDuplicates(db: Parameters<Importer<AccountImportKey, AccountPlan>["check"]>[0], planned: (NewAccount & { row: number })[], column: string) {
  const refused = new Map<number, ImportReason>();
  const warnings = new Map<number, ImportReason[]>();
  const firstByCore = new Map<string, number>();
  for (const account of planned) {
    const core = compactName(normalizeCompanyName(account.data.name));
    const first = firstByCore.get(core);
    if (first !== undefined) refused.set(account.row, { column, key: "csvImport.reason.duplicateInFile", values: { value: account.data.name, row: first } });
    else firstByCore.set(core, account.row);
  }
  for (let i = 0; i < planned.length; i += DUPLICATE_BATCH) {
    const batch = planned.slice(i, i + DUPLICATE_BATCH);
    const found = await findDuplicateCandidatesMany(db, batch.map((a) => ({ name: a.data.name })));
    batch.forEach((account, j) => {
      const exact = found[j].filter((c) => c.match === "exact");
      const close = found[j].filter((c) => c.match === "close");
      if (exact.length > 0 && !refused.has(account.row)) {
        refused.set(account.row, { column, key: "duplicates.import.sameAs", values: { value: account.data.name, existing: exact.map((c) => c.name).join("; ") } });
      } else if (close.length > 0) {
        warnings.set(account.row, [{ column, key: "duplicates.import.closeTo", values: { value: account.data.name, existing: close.map((c) => c.name).join("; ") } }]);
      }
    });
  }
  return { refused, warnings };
}

/**
 * Accounts: new accounts only — a name that already exists is skipped, so re-importing an export adds nothing; a
 * new name equal or close to an existing account's after normalisation is refused or warned about (checkDuplicates).
 * Fields obey the same rules as in the UI, per row: a manager's new accounts are his own (an owner e-mail other
 * than his is refused) and he cannot mark key accounts (directors and admins can); directors and admins may name
 * the owner by e-mail (blank: themselves). A stage other than EXPLORATORY must be a move the stage engine allows
 * from EXPLORATORY; uncoupling (DISINTEGRATING) needs reasons and a note, as on the board. The parent is named by
 * name: an existing account or another new one in the same file.
 */
export const accountsImporter: Importer<AccountImportKey, AccountPlan> = {
  columns: ACCOUNT_IMPORT_COLUMNS,

  async check(db, rows, ctx) {
    const issues = new Map<number, ImportReason[]>();
    const add = (row: number, ...reasons: ImportReason[]) => issues.set(row, [...(issues.get(row) ?? []), ...reasons]);
    const setsOwner = canManagePortfolio(ctx.user);
    const column = (field: AccountImportKey) => ctx.headerOf(field) ?? field;
    const names = rows.flatMap((r) => [(r.values.name ?? "").trim(), r.values.parentName ?? ""]).filter(Boolean);
    const emails = setsOwner ? rows.map((r) => (r.values.ownerEmail ?? "").toLowerCase()).filter(Boolean) : [];
    const [existing, users] = await Promise.all([
      db.account.findMany({ where: { name: { in: [...new Set(names)] } }, select: { id: true, name: true } }),
      db.user.findMany({ where: { email: { in: [...new Set(emails)] }, active: true }, select: { id: true, email: true } }),
    ]);
    const existingByName = new Map<string, string[]>();
    for (const a of existing) existingByName.set(a.name, [...(existingByName.get(a.name) ?? []), a.id]);
    const userByEmail = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
    const newNames = new Map<string, number>();
    const planned: (NewAccount & { row: number })[] = [];
    let unchanged = 0;

    for (let i = 0; i < rows.length; i++) {
      const { row, values: v } = rows[i];
      if ((i + 1) % IMPORT_CHUNK === 0) await ctx.progress(i + 1);
      const result = ZAccountInput.safeParse({
        name: v.name, industry: v.industry, region: v.region, country: v.country,
        size: normalizeEnum(v.size ?? "", Object.values(CompanySize), domainLabels("size")),
        annualRevenue: normalizeDecimal(v.annualRevenue ?? "", ctx.decimalComma),
        creditRating: normalizeEnum(v.creditRating ?? "", Object.values(CreditRating)),
        lifecyclePhase: normalizeEnum(v.lifecyclePhase ?? "", Object.values(LifecyclePhase), domainLabels("lifecycle")) || "ACQUISITION",
      });
      const reasons = result.success ? [] : zodReasons(result.error, ctx.headerOf, v);
      const isNew = !existingByName.has((v.name ?? "").trim());

      const stage = normalizeEnum(v.stage ?? "", Object.values(RelationshipStage), STAGE_LABELS) || "EXPLORATORY";
      const knownStage = stage in STAGE_INFO;
      if (!knownStage) reasons.push(invalidValue(ctx.headerOf("stage"), stage, Object.values(RelationshipStage)));
      const isKey = normalizeBoolean(v.isKeyAccount ?? "");
      if (isKey !== "true" && isKey !== "false") reasons.push(invalidValue(ctx.headerOf("isKeyAccount"), isKey, ["true", "false"]));

      let ownerId = ctx.user.id;
      if (setsOwner && v.ownerEmail) {
        const found = userByEmail.get(v.ownerEmail.toLowerCase());
        if (found) ownerId = found;
        else reasons.push({ column: ctx.headerOf("ownerEmail"), key: "csvImport.reason.unknownUser", values: { value: v.ownerEmail } });
      }

      // What only the UI's rules decide; an account that exists already is skipped, so none of it applies to it.
      let uncoupling: UncouplingReason[] = [];
      let note: string | null = null;
      if (isNew) {
        if (!setsOwner && v.ownerEmail && v.ownerEmail.toLowerCase() !== ctx.user.email.toLowerCase()) {
          reasons.push({ column: column("ownerEmail"), key: "csvImport.reason.ownOwnerOnly", values: { value: v.ownerEmail } });
        }
        if (!setsOwner && isKey === "true") reasons.push({ column: column("isKeyAccount"), key: "csvImport.reason.keyAccountRole" });
        const parsedNote = ZStageNote.safeParse(v.stageNote ?? "");
        if (parsedNote.success) note = parsedNote.data;
        else reasons.push(...zodReasons(parsedNote.error, () => column("stageNote")));
        if (knownStage && stage !== "EXPLORATORY") {
          const parsed = parseReasons(v.uncouplingReasons ?? "");
          if ("unknown" in parsed) reasons.push(invalidValue(column("uncouplingReasons"), parsed.unknown, UNCOUPLING_REASONS));
          else {
            uncoupling = stage === "DISINTEGRATING" ? parsed.reasons : [];
            const move = canTransition("EXPLORATORY", stage as Stage, { reasons: parsed.reasons });
            if (!move.ok) {
              const field = move.code === "REASON_REQUIRED" || move.code === "UNKNOWN_REASON" ? "uncouplingReasons" : "stage";
              reasons.push({ column: column(field), key: `board.refusal.${move.code}` });
            }
          }
          if (stage === "DISINTEGRATING" && parsedNote.success && !note) reasons.push({ column: column("stageNote"), key: "csvImport.reason.uncouplingNote" });
        }
      }

      const parentName = v.parentName || null;
      if (parentName && (existingByName.get(parentName)?.length ?? 0) > 1) {
        reasons.push({ column: ctx.headerOf("parentName"), key: "csvImport.reason.ambiguousAccount", values: { value: parentName } });
      }
      if (reasons.length > 0 || !result.success) {
        add(row, ...reasons);
        continue;
      }
      const name = result.data.name;
      if (!isNew) {
        unchanged++;
        continue;
      }
      const first = newNames.get(name);
      if (first !== undefined) {
        add(row, { column: ctx.headerOf("name"), key: "csvImport.reason.duplicateInFile", values: { value: name, row: first } });
        continue;
      }
      newNames.set(name, row);
      const d = result.data;
      const data: Prisma.AccountCreateManyInput = {
        name, industry: d.industry, region: d.region, country: d.country, size: d.size, annualRevenue: d.annualRevenue,
        creditRating: d.creditRating, lifecyclePhase: d.lifecyclePhase, ownerId,
        parentId: parentName ? (existingByName.get(parentName)?.[0] ?? null) : null,
      };
      planned.push({ row, data, parentName, isKeyAccount: isKey === "true", stage: stage as Stage, reasons: uncoupling, note });
    }
    const duplicates = await checkDuplicates(db, planned, column("name"));
    const unique = planned.filter((a) => {
      const refusal = duplicates.refused.get(a.row);
      if (!refusal) return true;
      add(a.row, refusal);
      newNames.delete(a.data.name);
      return false;
    });
    // A parent must exist already or be one of the valid new accounts of this file.
    const accounts = unique.filter((a) => {
      if (!a.parentName || existingByName.has(a.parentName) || newNames.has(a.parentName)) return true;
      add(a.row, { column: ctx.headerOf("parentName"), key: "csvImport.reason.unknownAccount", values: { value: a.parentName } });
      return false;
    });
    await ctx.progress(rows.length);
    const written = new Set(accounts.map((a) => a.row));
    const warnings = sortIssues(new Map([...duplicates.warnings].filter(([row]) => written.has(row))));
    return { issues: sortIssues(issues), warnings, unchanged, writable: accounts.length, plan: { accounts } };
  },

  async write(tx, { accounts }, ctx) {
    const created: { id: string; name: string }[] = [];
    for (let i = 0; i < accounts.length; i += IMPORT_CHUNK) {
      const data = accounts.slice(i, i + IMPORT_CHUNK).map((a) => a.data);
      created.push(...(await tx.account.createManyAndReturn({ data, select: { id: true, name: true } })));
      await ctx.progress(created.length, accounts.length);
    }
    const idByName = new Map(created.map((a) => [a.name, a.id]));
    const links = accounts.filter((a) => a.parentName && !a.data.parentId && idByName.has(a.parentName));
    if (links.length > 0) {
      await tx.$executeRaw`
        UPDATE "Account" a SET "parentId" = l.parent
        FROM unnest(${links.map((l) => idByName.get(l.data.name)!)}::text[], ${links.map((l) => idByName.get(l.parentName!)!)}::text[]) AS l(child, parent)
        WHERE a.id = l.child`;
    }
    await tx.auditLog.createMany({
      data: created.map((a) => ({ userId: ctx.user.id, entityType: "Account", entityId: a.id, action: "import", after: { name: a.name } })),
    });

    // The flag and the stage as the key-account confirmation and the board move write them (one version each).
    for (const account of accounts) {
      const accountId = idByName.get(account.data.name)!;
      let version = 1;
      if (account.isKeyAccount) {
        const after = await updateAccountVersioned(tx, {
          userId: ctx.user.id, accountId, seenVersion: version, action: "keyAccount.confirm", data: { isKeyAccount: true },
        });
        version = after.version;
      }
      if (account.stage !== "EXPLORATORY") {
        const now = new Date();
        const transition = await tx.stageTransition.create({
          data: { accountId, fromStage: "EXPLORATORY", toStage: account.stage, reasons: account.reasons, note: account.note, userId: ctx.user.id, createdAt: now },
        });
        await updateAccountVersioned(tx, {
          userId: ctx.user.id, accountId, seenVersion: version, action: "stage.move",
          data: { stage: account.stage, stageChangedAt: now },
          auditExtra: { reasons: account.reasons, note: account.note, transitionId: transition.id },
        });
      }
    }
    return { created: created.length, updated: 0, unchanged: 0 };
  },
};

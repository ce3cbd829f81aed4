import { ACCOUNT_CSV_COLUMNS } from "./account-columns";
import type { CsvColumnSpec } from "./columns";

/**
 * Import-only columns: the uncoupling reasons and the note a move to DISINTEGRATING needs (like the board's
 * uncoupling dialog). The export does not write them.
 */
const IMPORT_ONLY_COLUMNS = ["uncouplingReasons", "stageNote"] as const;

type AccountKey = (typeof ACCOUNT_CSV_COLUMNS)[number] | (typeof IMPORT_ONLY_COLUMNS)[number];

/** Names people give the account columns, English and Chinese (the keys themselves always match). */
const ALIASES: Record<AccountKey, readonly string[]> = {
  name: ["account", "account name", "company", "customer", "名称", "客户", "客户名称", "公司名称"],
  industry: ["sector", "行业"],
  region: ["area", "区域", "地区", "大区"],
  country: ["nation", "国家", "国家/地区"],
  size: ["company size", "规模", "企业规模"],
  annualRevenue: ["annual revenue", "revenue", "turnover", "年营业额", "年收入", "营业额"],
  creditRating: ["credit rating", "credit", "信用等级", "资信等级"],
  lifecyclePhase: ["lifecycle", "lifecycle phase", "生命周期", "生命周期阶段"],
  ownerEmail: ["owner", "owner email", "owner e-mail", "负责人", "负责人邮箱", "客户经理邮箱"],
  parentName: ["parent", "parent account", "group", "上级客户", "母公司", "集团"],
  isKeyAccount: ["key account", "key", "关键客户", "是否关键客户"],
  stage: ["relationship stage", "关系阶段", "阶段"],
  uncouplingReasons: ["uncoupling reasons", "uncoupling reason", "reasons", "间断原因", "关系间断原因"],
  stageNote: ["stage note", "note", "阶段说明", "说明", "备注"],
};

const REQUIRED = new Set<AccountKey>(["name", "industry", "region", "country", "size"]);

/** The accounts export's columns (lib/csv/account-columns.ts) as the import reads them, plus the import-only ones. */
export const ACCOUNT_IMPORT_COLUMNS: readonly CsvColumnSpec<AccountKey>[] = [...ACCOUNT_CSV_COLUMNS, ...IMPORT_ONLY_COLUMNS].map((key) => ({
  key,
  aliases: ALIASES[key],
  required: REQUIRED.has(key),
}));
export type AccountImportKey = AccountKey;

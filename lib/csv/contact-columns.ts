import type { CsvColumnSpec } from "./columns";

/**
 * Columns of the contacts CSV, in the order the export writes them (headers are the keys). `id` lets a file
 * that was exported update those contacts instead of adding them again. Enum columns hold the keys (BOARD,
 * DECISION_MAKER …); the import also accepts the English and Chinese labels.
 */
export const CONTACT_CSV_COLUMNS = [
  { key: "id", aliases: ["contact id", "联系人ID", "联系人编号"] },
  { key: "accountId", aliases: ["account id", "客户ID", "客户编号", "客户编码"] },
  { key: "account", aliases: ["account name", "customer", "customer name", "company", "客户", "客户名称", "公司"] },
  { key: "name", aliases: ["contact", "contact name", "full name", "姓名", "联系人", "名称"], required: true },
  { key: "title", aliases: ["job title", "position", "职位", "职务", "头衔"] },
  { key: "department", aliases: ["dept", "部门"] },
  { key: "function", aliases: ["business function", "职能"], required: true },
  { key: "level", aliases: ["hierarchy level", "层级", "级别"], required: true },
  { key: "buyingRole", aliases: ["buying role", "role", "采购角色", "购买角色"] },
  { key: "personalityType", aliases: ["personality", "personality type", "性格类型", "性格"] },
  { key: "attitude", aliases: ["attitude to us", "态度"] },
  { key: "relationshipStrength", aliases: ["relationship", "relationship strength", "strength", "关系强度", "关系"] },
  { key: "email", aliases: ["e-mail", "mail", "电子邮箱", "邮箱", "电子邮件"] },
  { key: "phone", aliases: ["telephone", "tel", "mobile", "电话", "手机"] },
  { key: "explicitNeeds", aliases: ["explicit needs", "显性需求"] },
  { key: "implicitNeeds", aliases: ["implicit needs", "隐性需求"] },
] as const satisfies readonly CsvColumnSpec[];

export type ContactCsvKey = (typeof CONTACT_CSV_COLUMNS)[number]["key"];

import { defineMessages } from "./define";

/** Strings of quick-find (the shell's search), mounted at `search.*`. */
export const search = defineMessages({
  en: {
    title: "Quick find",
    label: "Search accounts, contacts and people",
    placeholder: "Search accounts, contacts, people…",
    hint: "Type at least two characters: a name, local name, e-mail, phone or customer number.",
    searching: "Searching…",
    failed: "The search failed. Try again.",
    none: "Nothing matches “{query}”.",
    count: "{count} results. Use the arrow keys to choose, Enter to open.",
    results: "Results",
    close: "Close",
    keys: "↑ ↓ to choose · Enter to open · Esc to close",
    archived: "Archived",
    inactive: "Inactive",
    groups: { accounts: "Accounts", contacts: "Contacts", users: "People" },
    board: { label: "Account", placeholder: "Name or local name" },
  },
  zh: {
    title: "快速查找",
    label: "搜索客户、联系人和人员",
    placeholder: "搜索客户、联系人、人员…",
    hint: "至少输入两个字符（中文一个字即可）：名称、本地名称、电子邮箱、电话或客户编号。",
    searching: "正在搜索…",
    failed: "搜索失败，请重试。",
    none: "没有与“{query}”匹配的结果。",
    count: "共 {count} 条结果。用方向键选择，回车打开。",
    results: "结果",
    close: "关闭",
    keys: "↑ ↓ 选择 · 回车打开 · Esc 关闭",
    archived: "已归档",
    inactive: "已停用",
    groups: { accounts: "客户", contacts: "联系人", users: "人员" },
    board: { label: "客户", placeholder: "名称或本地名称" },
  },
});

import { beforeAll, expect, test, vi } from "vitest";
import { ACCOUNT_CSV_COLUMNS, ACCOUNT_CSV_COMPUTED_COLUMNS } from "@/lib/csv/account-columns";
import { actAs } from "../support/action-mocks";
import { createListedAccount } from "../factories/account-list";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());

const { GET } = await import("@/app/(app)/accounts/export/route");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let manager: User, other: User;

const exportCsv = async (query = "") => GET(new Request(`http://localhost/accounts/export${query}`));

/** Splits the CSV into rows of fields (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) {
      field += c;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    }
  }
  return rows;
}

beforeAll(async () => {
  await resetDatabase();
  manager = await createUser(db, { role: "MANAGER", email: "li.wei@test.kam" });
  other = await createUser(db, { role: "MANAGER" });
  const group = await createListedAccount(db, { ownerId: manager.id, name: "华信集团", industry: "电子", region: "华东", country: "CN", size: "ENTERPRISE" }, null);
  await createListedAccount(
    db,
    { ownerId: manager.id, name: 'Acme "Quoted", Ltd', industry: "Steel", region: "North", annualRevenue: "1234.50", creditRating: "AA", lifecyclePhase: "MATURITY", parentId: group.id, isKeyAccount: true, stage: "COOPERATIVE", quadrant: "STAR" },
    { revenue12m: 999.5, rfmSegment: "CHAMPIONS", abcClass: "A", riskScore: 20 },
  );
  // More rows than one export batch (1,000).
  await db.account.createMany({
    data: Array.from({ length: 1205 }, (_, i) => ({ ownerId: other.id, name: `Bulk ${i}`, industry: "Bulk", region: "West", country: "DE", size: "SMALL" as const })),
  });
});

test("without a session the export is refused", async () => {
  actAs(null);
  expect((await exportCsv()).status).toBe(401);
});

test("exports the filtered list as UTF-8 CSV with a BOM and the import's columns first", async () => {
  actAs(manager);
  const response = await exportCsv("?sort=name&dir=desc");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
  expect(rows[0]).toEqual([...ACCOUNT_CSV_COLUMNS, ...ACCOUNT_CSV_COMPUTED_COLUMNS]);
  // A manager's export without `owner` is his own accounts, like the list; sorted like the list.
  expect(rows.slice(1).map((r) => r[0])).toEqual(["华信集团", 'Acme "Quoted", Ltd']);
  const record = Object.fromEntries(rows[0].map((column, i) => [column, rows[2][i]]));
  expect(record).toEqual({
    name: 'Acme "Quoted", Ltd', industry: "Steel", region: "North", country: "CN", size: "MEDIUM", annualRevenue: "1234.50",
    creditRating: "AA", lifecyclePhase: "MATURITY", ownerEmail: "li.wei@test.kam", parentName: "华信集团", isKeyAccount: "true",
    stage: "COOPERATIVE", revenue12m: "999.50", quadrant: "STAR", rfmSegment: "CHAMPIONS", abcClass: "A", riskScore: "20",
  });
  expect(Object.fromEntries(rows[0].map((column, i) => [column, rows[1][i]]))).toMatchObject({ annualRevenue: "", creditRating: "", parentName: "", isKeyAccount: "false", revenue12m: "" });
});

test("exports every matching row across batches, with the same filters as the list", async () => {
  actAs(manager);
  const all = parseCsv((await (await exportCsv("?owner=all")).text()).slice(1));
  expect(all).toHaveLength(1 + 1207);
  const filtered = parseCsv((await (await exportCsv("?owner=all&q=bulk%20120&sort=name")).text()).slice(1));
  expect(filtered.slice(1).map((r) => r[0])).toEqual(["Bulk 120", ...Array.from({ length: 5 }, (_, i) => `Bulk 120${i}`)]);
});

test("guards text that a spreadsheet would run as a formula, as the other exports do", async () => {
  actAs(manager);
  await createListedAccount(db, { ownerId: manager.id, name: '=HYPERLINK("http://x")', industry: "-Chem", region: "North" }, null);
  const rows = parseCsv((await (await exportCsv("?q=HYPERLINK")).text()).slice(1));
  expect(rows[1].slice(0, 2)).toEqual(["'=HYPERLINK(\"http://x\")", "'-Chem"]);
});

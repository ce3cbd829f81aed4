import { describe, expect, it } from "vitest";
import { summariseCustomers } from "@/lib/clv";
import { EngineError } from "@/lib/domain";

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("summariseCustomers", () => {
  const orders = [
    { accountId: "b", date: d("2026-01-01"), amount: 100 },
    { accountId: "a", date: d("2026-01-01"), amount: 50 },
    { accountId: "a", date: new Date("2026-01-08T23:59:00Z"), amount: 30 },
    { accountId: "a", date: new Date("2026-01-08T00:01:00Z"), amount: 20 },
    { accountId: "a", date: d("2026-01-15"), amount: 10 },
    { accountId: "a", date: d("2026-03-01"), amount: 999 },
    { accountId: "c", date: d("2026-02-20"), amount: 5 },
  ];

  it("counts purchase days, not orders, and measures in days", () => {
    expect(summariseCustomers(orders, { asOf: new Date("2026-01-29T08:00:00Z"), unit: "day" })).toEqual([
      // Two orders on the 8th are one purchase of 50; the March order is after asOf and ignored.
      { accountId: "a", frequency: 2, recency: 14, T: 28, monetaryValue: 30 },
      { accountId: "b", frequency: 0, recency: 0, T: 28, monetaryValue: 0 },
    ]);
  });

  it("measures in weeks and includes orders on the asOf day", () => {
    const [a, b] = summariseCustomers(orders, { asOf: d("2026-02-19"), unit: "week" });
    expect(a).toEqual({ accountId: "a", frequency: 2, recency: 2, T: 7, monetaryValue: 30 });
    expect(b.T).toBe(7);
    const [, , c] = summariseCustomers(orders, { asOf: d("2026-02-20"), unit: "week" });
    expect(c).toEqual({ accountId: "c", frequency: 0, recency: 0, T: 0, monetaryValue: 0 });
  });

  it("returns nothing for no orders and rejects bad amounts, dates and units", () => {
    expect(summariseCustomers([], { asOf: d("2026-01-01"), unit: "day" })).toEqual([]);
    expect(() => summariseCustomers([{ accountId: "a", date: d("2026-01-01"), amount: Number.NaN }], { asOf: d("2026-01-02"), unit: "day" })).toThrow(EngineError);
    expect(() => summariseCustomers([{ accountId: "a", date: new Date("x"), amount: 1 }], { asOf: d("2026-01-02"), unit: "day" })).toThrow(EngineError);
    expect(() => summariseCustomers([], { asOf: d("2026-01-02"), unit: "month" as "day" })).toThrow(/unit/);
  });
});

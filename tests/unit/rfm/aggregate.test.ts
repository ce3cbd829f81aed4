import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/domain";
import { aggregateOrders, aggregatesFromRows, recencyDaysBetween } from "@/lib/rfm";

const d = (iso: string) => new Date(iso);

describe("recencyDaysBetween (UTC calendar days)", () => {
  it.each([
    ["same instant", "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z", 0],
    ["same UTC day, 00:00 and 23:59", "2024-03-01T00:00:00Z", "2024-03-01T23:59:59.999Z", 0],
    ["two seconds across UTC midnight", "2024-03-01T23:59:59Z", "2024-03-02T00:00:01Z", 1],
    ["almost two days within day bounds", "2024-03-01T00:00:00Z", "2024-03-02T23:59:59Z", 1],
    ["offset input is read in UTC (01:00+02:00)", "2024-03-02T01:00:00+02:00", "2024-03-02T12:00:00Z", 1],
    ["leap day counted", "2024-02-28T12:00:00Z", "2024-03-01T12:00:00Z", 2],
    ["no leap day in 2023", "2023-02-28T12:00:00Z", "2023-03-01T12:00:00Z", 1],
    ["across the EU DST switch (no 23-hour day in UTC)", "2024-03-30T12:00:00Z", "2024-04-01T00:30:00Z", 2],
    ["across a year end", "2023-12-31T23:00:00Z", "2024-01-01T01:00:00Z", 1],
    ["a full year", "2023-06-30T00:00:00Z", "2024-06-30T00:00:00Z", 366],
    ["an order after asOf counts as 0 days", "2024-07-05T00:00:00Z", "2024-06-30T00:00:00Z", 0],
    ["dates before 1970", "1969-12-31T23:00:00Z", "1970-01-01T01:00:00Z", 1],
  ])("%s", (_name, last, asOf, expected) => {
    expect(recencyDaysBetween(d(last), d(asOf))).toBe(expected);
  });

  it("rejects invalid dates", () => {
    expect(() => recencyDaysBetween(d("nope"), d("2024-01-01"))).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
  });
});

describe("aggregateOrders", () => {
  const asOf = d("2024-06-30T08:00:00Z");

  it("returns [] for no orders", () => {
    expect(aggregateOrders([], { asOf })).toEqual([]);
  });

  it("groups by account, sorted by accountId, with last-order recency, count and sum", () => {
    const orders = [
      { accountId: "b", date: d("2024-06-01T23:30:00Z"), amount: 10 },
      { accountId: "a", date: d("2024-06-29T00:00:00Z"), amount: 5.5 },
      { accountId: "b", date: d("2024-06-20T01:00:00Z"), amount: 20 },
      { accountId: "b", date: d("2024-05-01T00:00:00Z"), amount: -3 },
      { accountId: "B", date: d("2024-06-30T23:59:59Z"), amount: 1 },
    ];
    expect(aggregateOrders(orders, { asOf })).toEqual([
      { accountId: "B", recencyDays: 0, frequency: 1, monetary: 1 },
      { accountId: "a", recencyDays: 1, frequency: 1, monetary: 5.5 },
      { accountId: "b", recencyDays: 10, frequency: 3, monetary: 27 },
    ]);
  });

  it("sums margin with useMargin, a missing margin counting as 0", () => {
    const orders = [
      { accountId: "a", date: d("2024-06-01"), amount: 100, margin: 30 },
      { accountId: "a", date: d("2024-06-02"), amount: 100 },
      { accountId: "b", date: d("2024-06-03"), amount: 100, margin: -5 },
    ];
    expect(aggregateOrders(orders, { asOf, useMargin: true }).map((a) => a.monetary)).toEqual([30, -5]);
    expect(aggregateOrders(orders, { asOf, useMargin: false }).map((a) => a.monetary)).toEqual([200, 100]);
  });

  it("rejects non-finite amounts and invalid dates with a typed error", () => {
    expect(() => aggregateOrders([{ accountId: "a", date: d("2024-01-01"), amount: Number.NaN }], { asOf })).toThrow(
      expect.objectContaining({ name: "EngineError", code: "NOT_FINITE" }),
    );
    expect(() => aggregateOrders([{ accountId: "a", date: d("bad"), amount: 1 }], { asOf })).toThrow(/account a/);
    expect(() => aggregateOrders([], { asOf: d("bad") })).toThrow(EngineError);
  });
});

describe("aggregatesFromRows (database path)", () => {
  const asOf = d("2024-06-30T08:00:00Z");

  it("converts driver values (bigint, numeric string, Decimal-like) and shares the recency rule", () => {
    const rows = [
      { accountId: "z", lastOrderDate: d("2024-06-29T23:59:00Z"), frequency: 3n, monetary: "1234.50" },
      { accountId: "a", lastOrderDate: d("2024-06-01T00:00:00Z"), frequency: 1, monetary: { toNumber: () => 99.9 } },
    ];
    expect(aggregatesFromRows(rows, asOf)).toEqual([
      { accountId: "a", recencyDays: 29, frequency: 1, monetary: 99.9 },
      { accountId: "z", recencyDays: 1, frequency: 3, monetary: 1234.5 },
    ]);
  });

  it("agrees with aggregateOrders on the same orders", () => {
    const orders = [
      { accountId: "x", date: d("2024-06-10T22:00:00Z"), amount: 7 },
      { accountId: "y", date: d("2024-01-01T00:00:00Z"), amount: 3 },
      { accountId: "x", date: d("2024-06-11T01:00:00Z"), amount: 8 },
    ];
    const rows = [
      { accountId: "y", lastOrderDate: d("2024-01-01T00:00:00Z"), frequency: 1n, monetary: "3" },
      { accountId: "x", lastOrderDate: d("2024-06-11T01:00:00Z"), frequency: 2n, monetary: "15" },
    ];
    expect(aggregatesFromRows(rows, asOf)).toEqual(aggregateOrders(orders, { asOf }));
  });

  it("rejects non-numeric sums", () => {
    const rows = [{ accountId: "a", lastOrderDate: d("2024-06-01"), frequency: 1, monetary: "abc" }];
    expect(() => aggregatesFromRows(rows, asOf)).toThrow(EngineError);
  });
});

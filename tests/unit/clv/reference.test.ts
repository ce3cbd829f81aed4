/**
 * The CDNOW sample from the lifetimes package (see fixtures/README.md) against the values lifetimes publishes in
 * its documentation (docs/Quickstart.md) and test-suite (tests/test_estimation.py), which reproduce Fader, Hardie
 * & Lee's published estimates r = 0.2426, α = 4.4136, a = 0.7929, b = 2.4259 and p = 6.25, q = 3.74, v = 15.44.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  customerLifetimeValue,
  expectedAverageValue,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
} from "@/lib/clv";

function readCsv(name: string): number[][] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  return text.trim().split("\n").slice(1).map((line) => line.split(",").map(Number));
}

const summary = readCsv("cdnow_customers_summary.csv").map(([, frequency, recency, T]) => ({ frequency, recency, T }));
const withSpend = readCsv("cdnow_customers_summary_with_transactions.csv").map(([, frequency, recency, T, monetaryValue]) => ({
  frequency,
  recency,
  T,
  monetaryValue,
}));

/** Agreement to `digits` significant digits: a relative difference below half a unit in the last digit. */
const significant = (actual: number, expected: number, digits: number) =>
  expect(Math.abs(actual / expected - 1)).toBeLessThan(0.5 * 10 ** (1 - digits));

describe("CDNOW reference (lifetimes)", () => {
  const bg = fitBgNbd(summary);
  const gg = fitGammaGamma(withSpend);

  it("fits 2,357 customers and the 946 repeat customers", () => {
    expect(summary).toHaveLength(2357);
    expect(withSpend.filter((c) => c.frequency > 0)).toHaveLength(946);
    expect(bg.converged && gg.converged).toBe(true);
  });

  it("BG/NBD parameters match lifetimes' summary (r 0.242593, α 4.413532, a 0.792886, b 2.425752) to 6 digits", () => {
    significant(bg.r, 0.242593, 6);
    significant(bg.alpha, 4.413532, 6);
    significant(bg.a, 0.792886, 6);
    significant(bg.b, 2.425752, 6);
    // And the published 4-digit estimates; the log-likelihood is FHL's −9582.4.
    significant(bg.r, 0.2426, 4);
    significant(bg.alpha, 4.4136, 4);
    significant(bg.a, 0.7929, 4);
    significant(bg.b, 2.4259, 4);
    expect(bg.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it("conditional expectations match lifetimes' ranking table (t = 1 week) to 6 digits and FHL's 1.226", () => {
    const table: [number, number, number, number][] = [
      [18, 35.14, 35.86, 0.424877],
      [19, 34.0, 34.14, 0.474738],
      [17, 28.43, 28.86, 0.486526],
      [29, 37.71, 38.0, 0.662396],
      [26, 30.86, 31.0, 0.710623],
    ];
    for (const [frequency, recency, T, expected] of table) {
      significant(expectedPurchases(bg, 1, { frequency, recency, T }), expected, 6);
    }
    significant(expectedPurchases(bg, 39, { frequency: 2, recency: 30.43, T: 38.86 }), 1.226, 4);
  });

  it("new-customer expectations match FHL's spreadsheet values as lifetimes tests them (3 decimals)", () => {
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(Math.abs(expectedPurchasesNewCustomer(bg, t) - expected[i])).toBeLessThan(1.5e-3));
  });

  it("P(alive) is 1 without repeat purchases and 0 for 1000 purchases long ago, as lifetimes tests", () => {
    expect(probabilityAlive(bg, { frequency: 0, recency: 0, T: 1 })).toBe(1);
    expect(probabilityAlive(bg, { frequency: 1000, recency: 10, T: 100 })).toBe(0);
  });

  it("Gamma-Gamma parameters match lifetimes (p 6.25, q 3.74, v 15.45 printed) and FHL (6.25, 3.74, 15.44)", () => {
    significant(gg.p, 6.25, 3);
    significant(gg.q, 3.74, 3);
    significant(gg.v, 15.45, 4);
    expect(Math.abs(gg.v - 15.44)).toBeLessThan(0.01);
  });

  it("conditional average spend matches lifetimes' documented values to 6 digits", () => {
    const expected = [24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981];
    withSpend.slice(0, 10).forEach((customer, i) => significant(expectedAverageValue(gg, customer), expected[i], 6));
    const mean = withSpend.reduce((sum, c) => sum + expectedAverageValue(gg, c), 0) / withSpend.length;
    significant(mean, 35.2529588256, 6);
  });

  it("12-month CLV matches lifetimes' documented values to 7 digits (its month of 30 units, 1 % a month)", () => {
    // lifetimes' example calls customer_lifetime_value with its default freq "D", i.e. 30 units per month.
    const expected = [140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574, 167.418216, 38.180574];
    withSpend.slice(0, 10).forEach((customer, i) => {
      const value = customerLifetimeValue(bg, gg, customer, { months: 12, discountRate: 0.01, unit: "week", unitsPerMonth: 30 });
      significant(value, expected[i], 7);
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyp2f1 } from "@/lib/clv";
import { digamma, lgamma, lgammaSigned } from "@/lib/clv/special";

const close = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));

describe("lgamma and digamma", () => {
  // Reference values from mpmath (30 digits), rounded to 17.
  const reference: [number, number, number][] = [
    [0.001, 6.9071788853838537, -1000.5755719318103],
    [0.2426, 1.3197854750907922, -4.3583618532225142],
    [0.7929, 0.15896946337242551, -0.98144741903000942],
    [1.5, -0.12078223763524522, 0.036489973978576521],
    [2.4259, 0.23394149863822073, 0.66615706651554196],
    [7.5, 7.534364236758733, 1.9467574842460868],
    [14.9, 24.924132002217278, 2.6674289762160423],
    [15.1, 25.458999750992663, 2.681216839951709],
    [123.456, 469.60554712992948, 4.8118293238289854],
  ];
  it.each(reference)("at %f", (x, lg, dg) => {
    close(lgamma(x), lg, 1e-14);
    close(digamma(x), dg, 1e-14);
  });

  it("is ln((n−1)!) at the integers and has the reflection sign below 0", () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n += 1) {
      close(lgamma(n), Math.log(factorial), 1e-14);
      factorial *= n;
    }
    expect(lgammaSigned(-0.5)).toEqual({ value: expect.closeTo(Math.log(2 * Math.sqrt(Math.PI)), 13), sign: -1 });
    expect(lgammaSigned(-1.5).sign).toBe(1);
    expect(lgammaSigned(-2).sign).toBe(0);
  });

  it("satisfies ψ(x + 1) = ψ(x) + 1/x", () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x) => {
      close(digamma(x + 1), digamma(x) + 1 / x, 1e-12);
    }));
  });
});

describe("hyp2f1", () => {
  it("matches the closed form 2F1(1, 1; 2; z) = −ln(1 − z)/z, also where c − a − b is an integer near z = 1", () => {
    for (const z of [-5, -0.5, 0.3, 0.75, 0.76, 0.9, 0.99, 0.9999]) close(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-11);
  });

  it("matches 2F1(a, b; b; z) = (1 − z)^−a, arcsin and arctan", () => {
    for (const z of [-3, 0.2, 0.8, 0.97]) close(hyp2f1(0.37, 2.5, 2.5, z), Math.pow(1 - z, -0.37), 1e-12);
    for (const s of [0.3, 0.9, 0.995]) close(hyp2f1(0.5, 0.5, 1.5, s * s), Math.asin(s) / s, 1e-12);
    for (const s of [0.5, 3, 30]) close(hyp2f1(0.5, 1, 1.5, -s * s), Math.atan(s) / s, 1e-12);
  });

  it("matches Gauss's sum at z = 1 and terminates for a non-positive integer a", () => {
    close(hyp2f1(3, 4, 9, 1), 14, 1e-13);
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    close(hyp2f1(-2, 1.5, 2.5, 3), 1 - (2 * 1.5 * 3) / 2.5 + (1.5 * 2.5 * 9) / (2.5 * 3.5), 1e-14);
  });

  // Reference values from mpmath (30 digits), rounded to 17.
  const reference: [number, number, number, number, number][] = [
    [0.2426, 2.4259, 2.2188, 0.5, 1.2067380787142852],
    [2.5, 3.7, 4.1, 0.8, 34.838841320315708],
    [200.24, 202.4, 201.2, 0.95, 1.1943064786600996e262],
    [0.45, -0.2, 201.2, 0.97, 0.99956488753804681],
    [1.3, 0.7, 2.2, -3, 0.52359238772176451],
    [0.3, 0.6, 1.1, 0.999, 1.8046307174241411],
    [-1.4573, -0.2071, 1.2188, 0.92, 1.208490406012082],
    [2.2, 1.1, 3.3, 0.76, 2.5041618277950949],
    [0.5, 1.5, 2.0, 0.85, 1.8658512069465372],
  ];
  it.each(reference)("2F1(%f, %f; %f; %f) matches mpmath", (a, b, c, z, expected) => {
    close(hyp2f1(a, b, c, z) / expected, 1, 1e-10);
  });

  it("is continuous across the switch from the series to the 1 − z transformation", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.2, max: 8, noNaN: true }), (a, b, c) => {
        const below = hyp2f1(a, b, c, 0.75);
        const above = hyp2f1(a, b, c, 0.75 + 1e-9);
        expect(Math.abs(above / below - 1)).toBeLessThan(1e-7);
      }),
    );
  });

  it("rejects arguments outside its domain", () => {
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(/undefined/);
    expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(/z ≤ 1/);
    expect(() => hyp2f1(1, 1, 1.5, 1)).toThrow(/diverges/);
  });
});
